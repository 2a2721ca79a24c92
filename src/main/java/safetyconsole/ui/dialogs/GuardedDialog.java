package safetyconsole.ui.dialogs;

import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.context.BannerModel;
import safetyconsole.ui.common.BannerView;
import safetyconsole.ui.common.Fxml;
import safetyconsole.ui.common.ModalStage;

/**
 * The frame every dialog before a change shares (decision 0007): the stack's banner on top and its words in the
 * title, modal over its owner; Enter never confirms, whatever has focus; Esc cancels; focus starts on Cancel.
 * The dialog's own layout goes below the banner.
 */
final class GuardedDialog {

    @FXML
    private VBox body;
    private final Stage stage;
    private Node firstFocus;

    /**
     * @param what   the dialog's name in the title, before the stack's environment and name
     * @param cancel the content's Cancel button: it and Esc close the dialog
     */
    GuardedDialog(Window owner, ObservableValue<BannerModel> banner, String what, Parent content, Button cancel) {
        VBox frame = Fxml.load(this);
        frame.getChildren().add(0, new BannerView(banner));
        body.getChildren().add(content);
        BannerModel shown = banner.getValue();
        stage = ModalStage.over(owner, what + " \u2014 [" + shown.environment().label() + "] " + shown.stackName(),
                frame);
        // Enter must never confirm a destructive action, whatever has focus.
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
            }
        });
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        firstFocus = cancel;
        stage.setOnShown(event -> firstFocus.requestFocus());
    }

    /** Focus starts here instead of on Cancel: for a dialog whose first step is typing, which confirms nothing. */
    void focusFirst(Node node) {
        firstFocus = node;
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }
}
