package safetyconsole.ui.dialogs;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;

/**
 * Chooses a layer's custom security groups among the VPC's groups. Nothing changes here: "Review change"
 * turns the choice into a plan for the typed-confirmation dialog.
 */
public final class LayerGroupsDialog {

    private final LayerGroupsViewModel model;
    private final GuardedDialog shell;
    @FXML
    private Label title;
    @FXML
    private Label explanation;
    @FXML
    private VBox layerGroupChoices;
    @FXML
    private Button layerGroupsCancel;
    @FXML
    private Button layerGroupsReview;

    public LayerGroupsDialog(Window owner, LayerGroupsViewModel model) {
        this.model = model;
        VBox content = Fxml.load(this);
        title.setText(model.title());
        explanation.setText(model.explanation());
        GroupChoice.fill(layerGroupChoices, model.choices());
        layerGroupsReview.disableProperty().bind(model.changedProperty().not());
        shell = new GuardedDialog(owner, model.banner(), "Layer groups", content, layerGroupsCancel);
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
