package safetyconsole.ui.audit;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.ModalStage;

/** The seal's two small dialogs: one shows a seal to keep elsewhere, the other takes one pasted back. */
final class SealDialog {

    private SealDialog() {
    }

    static void show(Window owner, String seal) {
        TextArea text = sealArea(seal);
        text.setEditable(false);
        Button copy = new Button("Copy");
        copy.setId("sealCopyButton");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(seal);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button close = new Button("Close");
        close.setDefaultButton(true);
        Stage stage = ModalStage.over(owner, "Audit log seal \u2014 OpsWorks Safety Console", layout(
                "Keep this seal where the audit log cannot reach it: a ticket, an e-mail, a printout. Later, Check"
                        + " seal\u2026 (or check --verify-seal FILE) tells whether the log still holds it.",
                text, copy, close));
        close.setOnAction(event -> stage.close());
        stage.show();
    }

    /** {@code check} gets the text pasted, when the user checks it. */
    static void ask(Window owner, Consumer<String> check) {
        TextArea text = sealArea("");
        text.setPromptText("OpsWorks Safety Console audit seal\nentries: \u2026");
        Button ok = new Button("Check");
        ok.setId("sealCheckButton");
        ok.disableProperty().bind(text.textProperty().isEmpty());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        Stage stage = ModalStage.over(owner, "Check the audit log against a seal \u2014 OpsWorks Safety Console",
                layout("Paste a seal made earlier: the log must still hold the entry it names, with the same hash.",
                        text, ok, cancel));
        ok.setOnAction(event -> {
            stage.close();
            check.accept(text.getText());
        });
        cancel.setOnAction(event -> stage.close());
        stage.show();
    }

    private static TextArea sealArea(String seal) {
        TextArea text = new TextArea(seal);
        text.setId("sealText");
        text.setPrefColumnCount(76);
        text.setPrefRowCount(7);
        text.setStyle("-fx-font-family: monospace;");
        return text;
    }

    private static VBox layout(String explanation, TextArea text, Button... buttons) {
        Label label = new Label(explanation);
        label.setWrapText(true);
        label.setMaxWidth(600);
        VBox root = new VBox(10, label, text, new HBox(8, buttons));
        root.setPadding(new Insets(12));
        return root;
    }
}
