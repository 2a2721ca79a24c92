package safetyconsole.ui.connect;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.ModalStage;

/** Asks for the six-digit code of an MFA device; empty when cancelled. */
final class MfaDialog {

    private MfaDialog() {
    }

    /** Blocks in a nested event loop until answered; call on the FX thread. */
    static Optional<String> ask(Window owner, String profile, String mfaSerial) {
        Label explanation = new Label("Profile " + profile + " assumes a role that needs a code from your MFA device ("
                + mfaSerial + ").");
        explanation.setWrapText(true);
        TextField code = new TextField();
        code.setId("mfaCode");
        code.setPromptText("6 digits");
        code.setPrefColumnCount(8);
        // Digits only, at most six: anything else cannot be a code.
        code.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,6}") ? change : null));
        Button cancel = new Button("Cancel");
        cancel.setId("mfaCancel");
        cancel.setCancelButton(true);
        Button ok = new Button("Sign in");
        ok.setId("mfaOk");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(code.textProperty().length().isNotEqualTo(6));
        HBox buttons = new HBox(10, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, explanation, code, buttons);
        root.setId("mfaDialog");
        root.setPadding(new Insets(14, 18, 14, 18));
        root.setPrefWidth(460);

        Stage stage = ModalStage.over(owner, "MFA code \u2014 " + profile, root);
        String[] answer = {null};
        cancel.setOnAction(event -> stage.close());
        ok.setOnAction(event -> {
            answer[0] = code.getText();
            stage.close();
        });
        stage.setOnShown(event -> code.requestFocus());
        stage.showAndWait();
        return Optional.ofNullable(answer[0]);
    }
}
