package safetyconsole.ui.connect;

import java.util.Optional;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;
import safetyconsole.ui.common.ModalStage;

/** Asks for the six-digit code of an MFA device; empty when cancelled. */
final class MfaDialog {

    private final Stage stage;
    private String answer;
    @FXML
    private Label explanation;
    @FXML
    private TextField mfaCode;
    @FXML
    private Button mfaOk;

    private MfaDialog(Window owner, String profile, String mfaSerial) {
        VBox root = Fxml.load(this);
        explanation.setText("Profile " + profile + " assumes a role that needs a code from your MFA device ("
                + mfaSerial + ").");
        // Digits only, at most six: anything else cannot be a code.
        mfaCode.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,6}") ? change : null));
        mfaOk.disableProperty().bind(mfaCode.textProperty().length().isNotEqualTo(6));
        stage = ModalStage.over(owner, "MFA code \u2014 " + profile, root);
        stage.setOnShown(event -> mfaCode.requestFocus());
    }

    /** Blocks in a nested event loop until answered; call on the FX thread. */
    static Optional<String> ask(Window owner, String profile, String mfaSerial) {
        MfaDialog dialog = new MfaDialog(owner, profile, mfaSerial);
        dialog.stage.showAndWait();
        return Optional.ofNullable(dialog.answer);
    }

    @FXML
    private void cancel() {
        stage.close();
    }

    @FXML
    private void signIn() {
        answer = mfaCode.getText();
        stage.close();
    }
}
