package safetyconsole.ui.audit;

import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;
import safetyconsole.ui.common.ModalStage;

/** The seal's small dialog: it shows a seal to keep elsewhere, or takes one pasted back. */
final class SealDialog {

    private final Consumer<String> check;
    @FXML
    private Label sealExplanation;
    @FXML
    private TextArea sealText;
    @FXML
    private Button sealCopyButton;
    @FXML
    private Button sealCheckButton;
    @FXML
    private Button sealCloseButton;
    private final Stage stage;

    private SealDialog(Window owner, String title, Consumer<String> check) {
        this.check = check;
        VBox root = Fxml.load(this);
        stage = ModalStage.over(owner, title + " \u2014 OpsWorks Safety Console", root);
    }

    static void show(Window owner, String seal) {
        SealDialog dialog = new SealDialog(owner, "Audit log seal", text -> { });
        dialog.sealExplanation.setText("Keep this seal where the audit log cannot reach it: a ticket, an e-mail, a"
                + " printout. Later, Check seal\u2026 (or check --verify-seal FILE) tells whether the log still holds"
                + " it.");
        dialog.sealText.setText(seal);
        dialog.sealText.setEditable(false);
        hide(dialog.sealCheckButton);
        dialog.stage.show();
    }

    /** {@code check} gets the text pasted, when the user checks it. */
    static void ask(Window owner, Consumer<String> check) {
        SealDialog dialog = new SealDialog(owner, "Check the audit log against a seal", check);
        dialog.sealExplanation.setText("Paste a seal made earlier: the log must still hold the entry it names, with"
                + " the same hash.");
        dialog.sealCheckButton.disableProperty().bind(dialog.sealText.textProperty().isEmpty());
        dialog.sealCloseButton.setText("Cancel");
        hide(dialog.sealCopyButton);
        dialog.stage.show();
    }

    private static void hide(Button button) {
        button.setVisible(false);
        button.setManaged(false);
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(sealText.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void check() {
        stage.close();
        check.accept(sealText.getText());
    }

    @FXML
    private void close() {
        stage.close();
    }
}
