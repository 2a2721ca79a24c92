package safetyconsole.ui.dialogs;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;

/**
 * Chooses the security groups of one instance of an Auto Scaling group, by hand. Nothing changes here: "Review
 * change" turns the choice into a plan for the typed-confirmation dialog.
 */
public final class HotfixGroupsDialog {

    private final HotfixGroupsViewModel model;
    private final GuardedDialog shell;
    @FXML
    private Label title;
    @FXML
    private Label explanation;
    @FXML
    private VBox hotfixGroupChoices;
    @FXML
    private TextField hotfixOtherGroups;
    @FXML
    private Label hotfixProblem;
    @FXML
    private Button hotfixCancel;
    @FXML
    private Button hotfixReview;

    public HotfixGroupsDialog(Window owner, HotfixGroupsViewModel model) {
        this.model = model;
        VBox content = Fxml.load(this);
        title.setText(model.title());
        explanation.setText(model.explanation());
        GroupChoice.fill(hotfixGroupChoices, model.choices());
        hotfixOtherGroups.textProperty().bindBidirectional(model.othersProperty());
        hotfixProblem.textProperty().bind(model.problemProperty());
        hotfixReview.disableProperty().bind(model.reviewableProperty().not());
        shell = new GuardedDialog(owner, model.banner(), "Hot-fix security groups", content, hotfixCancel);
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
