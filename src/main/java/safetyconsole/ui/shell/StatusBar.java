package safetyconsole.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.ui.icons.UiIcon;

/** The bottom of the main window: the status line's sentence, marked when it reports a failure, and progress. */
final class StatusBar extends HBox {

    StatusBar(StatusLine statusLine) {
        super(10);
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(statusLine.loadingProperty());
        progress.managedProperty().bind(statusLine.loadingProperty());
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(statusLine.textProperty());
        status.graphicProperty().bind(Bindings.createObjectBinding(
                () -> statusLine.kindProperty().get() == StatusLine.Kind.ERROR
                        ? new FontIcon(UiIcon.ALERT_CIRCLE_OUTLINE) : null,
                statusLine.kindProperty()));
        statusLine.kindProperty().addListener((obs, old, kind) -> {
            status.getStyleClass().remove("status-error");
            if (kind == StatusLine.Kind.ERROR) {
                status.getStyleClass().add("status-error");
            }
        });
        getChildren().addAll(progress, status);
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
    }
}
