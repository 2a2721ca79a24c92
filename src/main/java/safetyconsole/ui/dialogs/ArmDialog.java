package safetyconsole.ui.dialogs;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;

/** Asks why a production-like stack is being armed; the reason goes into every audit entry of the session. */
public final class ArmDialog {

    private final ArmViewModel model;
    private final GuardedDialog shell;
    @FXML
    private Label explanation;
    @FXML
    private Label prompt;
    @FXML
    private TextArea armReason;
    @FXML
    private Label armProblem;
    @FXML
    private Button armCancel;
    @FXML
    private Button armConfirmButton;

    public ArmDialog(Window owner, ArmViewModel model) {
        this.model = model;
        VBox content = Fxml.load(this);
        explanation.setText(model.explanation());
        prompt.setText(model.prompt());
        armReason.textProperty().bindBidirectional(model.reasonProperty());
        armProblem.textProperty().bind(model.problemProperty());
        armConfirmButton.setText(model.armLabel());
        armConfirmButton.disableProperty().bind(model.armableProperty().not());
        shell = new GuardedDialog(owner, model.banner(), "Arm", content, armCancel);
        // Typing the reason is the first step; Enter is swallowed, so it cannot arm by accident.
        shell.focusFirst(armReason);
    }

    public void show() {
        shell.show();
    }

    @FXML
    private void arm() {
        if (model.arm()) {
            shell.close();
        }
    }
}
