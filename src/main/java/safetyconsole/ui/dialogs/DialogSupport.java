package safetyconsole.ui.dialogs;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.context.BannerModel;

/** What every guarded dialog shares: modal over its owner, the console's stylesheet, Enter never confirms. */
final class DialogSupport {

    private DialogSupport() {
    }

    static Stage modalStage(Window owner, BannerModel banner, String what, Parent root) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(what + " \u2014 [" + banner.environment().label() + "] " + banner.stackName());
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        // Enter must never confirm a destructive action, whatever has focus.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
            }
        });
        stage.setScene(scene);
        return stage;
    }
}
