package safetyconsole.ui.attribution;

import static safetyconsole.ui.common.Tables.column;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.AccountBoundWindows;
import safetyconsole.ui.common.Fxml;

/** Who changed an instance: a window with its timeline. */
public final class TimelineWindow {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final BorderPane root;
    @FXML
    private Label title;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label timelineMessage;
    @FXML
    private TableView<TimelineViewModel.Row> timelineTable;
    @FXML
    private Label placeholder;

    TimelineWindow(TimelineViewModel model) {
        root = Fxml.load(this);
        title.setText(model.source().heading());
        timelineMessage.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        timelineTable.setItems(model.rows());
        timelineTable.getColumns().add(column("Time", 165, row -> row.time() == null ? "" : TIME.format(row.time())));
        timelineTable.getColumns().add(column("From", 160, TimelineViewModel.Row::kind));
        timelineTable.getColumns().add(column("What", 620, TimelineViewModel.Row::what));
        timelineTable.getColumns().add(column("Who", 300, TimelineViewModel.Row::who));
        timelineTable.getColumns().add(column("Details", 600, TimelineViewModel.Row::details));
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Looking up CloudTrail\u2026").otherwise("No events."));
    }

    public static Stage show(Window owner, TimelineViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        AccountBoundWindows.mark(stage);
        stage.setTitle("Who changed " + model.source().name() + " \u2014 OpsWorks Safety Console");
        Scene scene = new Scene(new TimelineWindow(model).root, 1380, 600);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        // Opened from the keyboard ("Who did it?"), it closes from the keyboard too.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.show();
        model.load();
        return stage;
    }
}
