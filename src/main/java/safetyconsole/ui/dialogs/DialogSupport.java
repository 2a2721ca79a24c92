package safetyconsole.ui.dialogs;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.context.BannerModel;
import safetyconsole.ui.common.ModalStage;

/** What every guarded dialog shares: modal over its owner, the console's stylesheet, Enter never confirms. */
final class DialogSupport {

    private DialogSupport() {
    }

    static Stage modalStage(Window owner, BannerModel banner, String what, Parent root) {
        Stage stage = ModalStage.over(owner,
                what + " \u2014 [" + banner.environment().label() + "] " + banner.stackName(), root);
        // Enter must never confirm a destructive action, whatever has focus.
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
            }
        });
        return stage;
    }
}
