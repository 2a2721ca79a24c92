package safetyconsole.ui.attribution;

import static safetyconsole.ui.common.Tables.column;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.AccountBoundWindows;

/** Who changed an instance: a window with its timeline. */
public final class TimelineWindow {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private TimelineWindow() {
    }

    public static Stage show(Window owner, TimelineViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        AccountBoundWindows.mark(stage);
        stage.setTitle("Who changed " + model.target().hostname() + " \u2014 OpsWorks Safety Console");
        Scene scene = new Scene(view(model), 1240, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        model.load();
        return stage;
    }

    static BorderPane view(TimelineViewModel model) {
        Label title = new Label(model.target().hostname() + "  \u00b7  OpsWorks " + model.target().opsworksInstanceId()
                + "  \u00b7  EC2 " + model.target().ec2InstanceId());
        title.getStyleClass().add("dialog-title");
        Label message = new Label();
        message.setId("timelineMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        TableView<TimelineViewModel.Row> table = new TableView<>(model.rows());
        table.setId("timelineTable");
        table.getColumns().add(column("Time", 175, row -> TIME.format(row.time())));
        table.getColumns().add(column("From", 120, TimelineViewModel.Row::kind));
        table.getColumns().add(column("What", 340, TimelineViewModel.Row::what));
        table.getColumns().add(column("Who", 320, TimelineViewModel.Row::who));
        table.getColumns().add(column("Details", 400, TimelineViewModel.Row::details));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Looking up CloudTrail\u2026").otherwise("No events."));
        table.setPlaceholder(placeholder);
        VBox top = new VBox(6, title, new HBox(8, progress, message));
        top.setPadding(new Insets(10));
        BorderPane root = new BorderPane(table, top, null, null, null);
        root.setId("timelineView");
        return root;
    }
}
