package safetyconsole.ui.dialogs;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;

/**
 * Asks how many instances an Auto Scaling group is to have. Nothing changes here: "Review change" turns the number
 * into a plan for the typed-confirmation dialog, which says which instances a decrease terminates.
 */
public final class DesiredCapacityDialog {

    private final DesiredCapacityViewModel model;
    private final GuardedDialog shell;
    @FXML
    private Label title;
    @FXML
    private Label explanation;
    @FXML
    private TextField desiredCapacity;
    @FXML
    private Label desiredCapacityProblem;
    @FXML
    private Button desiredCapacityCancel;
    @FXML
    private Button desiredCapacityReview;

    public DesiredCapacityDialog(Window owner, DesiredCapacityViewModel model) {
        this.model = model;
        VBox content = Fxml.load(this);
        title.setText(model.title());
        explanation.setText(model.explanation());
        desiredCapacity.textProperty().bindBidirectional(model.typedProperty());
        desiredCapacityProblem.textProperty().bind(model.problemProperty());
        desiredCapacityReview.disableProperty().bind(model.reviewableProperty().not());
        shell = new GuardedDialog(owner, model.banner(), "Desired capacity", content, desiredCapacityCancel);
        // Typing the number is the first step; it confirms nothing (Enter is swallowed).
        shell.focusFirst(desiredCapacity);
    }

    public void show() {
        shell.show();
    }

    @FXML
    private void review() {
        shell.close();
        model.review();
    }
}
