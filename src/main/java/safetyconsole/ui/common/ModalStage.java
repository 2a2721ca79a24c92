package safetyconsole.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A dialog window of the console: modal over its owner, with the owner's stylesheets. */
public final class ModalStage {

    private ModalStage() {
    }

    /** @param owner the window it blocks; null (nothing shown yet) blocks the whole application */
    public static Stage over(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        Scene scene = new Scene(root);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(scene);
        return stage;
    }
}
