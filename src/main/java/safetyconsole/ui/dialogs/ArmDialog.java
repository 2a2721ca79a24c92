package safetyconsole.ui.dialogs;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.context.BannerModel;
import safetyconsole.guard.Arming;
import safetyconsole.ui.common.BannerView;

/** Asks why a production-like stack is being armed; the reason goes into every audit entry of the session. */
public final class ArmDialog {

    private final Stage stage;

    public ArmDialog(Window owner, ObservableValue<BannerModel> banner, Consumer<String> arm) {
        Label explanation = new Label("Arming allows changes to " + banner.getValue().stackName() + " for "
                + Arming.DEFAULT_LENGTH.toMinutes() + " minutes. It ends sooner after "
                + Arming.DEFAULT_IDLE_LIMIT.toMinutes() + " idle minutes or when you switch stacks. Every change still"
                + " needs the stack name typed.");
        explanation.setWrapText(true);
        Label prompt = new Label("Why? (ticket, change or incident; at least " + Arming.MIN_REASON_LENGTH
                + " characters)");
        TextArea reason = new TextArea();
        reason.setId("armReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label problem = new Label();
        problem.setId("armProblem");
        problem.getStyleClass().add("hint");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> reason.getText().isBlank() ? "" : nullToEmpty(Arming.reasonProblem(reason.getText())),
                reason.textProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("armCancel");
        cancel.setCancelButton(true);
        Button armButton = new Button("Arm for " + Arming.DEFAULT_LENGTH.toMinutes() + " minutes");
        armButton.setId("armConfirmButton");
        armButton.getStyleClass().add("danger");
        armButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> Arming.reasonProblem(reason.getText()) != null, reason.textProperty()));
        HBox buttons = new HBox(10, cancel, armButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox body = new VBox(10, explanation, prompt, reason, problem, buttons);
        body.setPadding(new Insets(14, 18, 14, 18));
        body.setPrefWidth(640);
        VBox root = new VBox(new BannerView(banner), body);
        root.setId("armDialog");
        stage = DialogSupport.modalStage(owner, banner.getValue(), "Arm", root);
        cancel.setOnAction(event -> stage.close());
        armButton.setOnAction(event -> {
            arm.accept(reason.getText());
            stage.close();
        });
        stage.setOnShown(event -> reason.requestFocus());
    }

    public void show() {
        stage.show();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
