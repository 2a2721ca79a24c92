package safetyconsole.ui.dialogs;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;

/**
 * Chooses the instance the look runs on and the log directory it looks for. Nothing runs here: "Review look" turns
 * the choice into a plan for the typed-confirmation dialog, which shows the script.
 */
public final class LookDialog {

    private final LookViewModel model;
    private final GuardedDialog shell;
    @FXML
    private Label lookExplanation;
    @FXML
    private ComboBox<LookViewModel.Choice> lookInstance;
    @FXML
    private TextField lookDirectory;
    @FXML
    private Label lookProblem;
    @FXML
    private Button lookCancel;
    @FXML
    private Button lookReview;

    public LookDialog(Window owner, LookViewModel model) {
        this.model = model;
        VBox content = Fxml.load(this);
        lookExplanation.setText(model.explanation());
        lookInstance.getItems().setAll(model.choices());
        lookInstance.valueProperty().bindBidirectional(model.chosenProperty());
        lookDirectory.textProperty().bindBidirectional(model.directoryProperty());
        lookProblem.textProperty().bind(model.problemProperty());
        lookReview.disableProperty().bind(model.reviewableProperty().not());
        shell = new GuardedDialog(owner, model.banner(), "Look on one instance", content, lookCancel);
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
