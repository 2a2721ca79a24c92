package safetyconsole.ui.dialogs;

import static safetyconsole.ui.common.Tables.column;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.guard.Plan;
import safetyconsole.guard.PlanTarget;
import safetyconsole.guard.ScalingChange;
import safetyconsole.guard.ScalingPlan;
import safetyconsole.text.Printable;
import safetyconsole.ui.common.Fxml;
import safetyconsole.ui.icons.UiIcon;

/**
 * Typed confirmation of a plan. It carries the stack's banner, every target and consequence, and asks for the
 * stack name: the confirm button stays disabled until the text is exactly the name. Focus starts on Cancel,
 * Enter never confirms, Esc cancels, and the name shown cannot be selected or copied.
 */
public final class ConfirmationDialog {

    private final ConfirmationViewModel model;
    private final GuardedDialog shell;
    @FXML
    private Label planTitle;
    @FXML
    private TableView<PlanTarget> planTargets;
    @FXML
    private VBox planConsequences;
    @FXML
    private VBox options;
    @FXML
    private Label confirmStackName;
    @FXML
    private TypedNameField confirmInput;
    @FXML
    private Label confirmHint;
    @FXML
    private Label confirmMessage;
    @FXML
    private VBox confirmOutcomes;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Button cancelButton;
    @FXML
    private Button confirmButton;

    public ConfirmationDialog(Window owner, ConfirmationViewModel model) {
        this.model = model;
        VBox content = Fxml.load(this);
        planTitle.textProperty().bind(Bindings.createStringBinding(
                () -> Printable.of(model.planProperty().get().title()), model.planProperty()));
        addTargetColumns();
        offerOptions();
        bindTyping();
        bindOutcome();
        shell = new GuardedDialog(owner, model.banner(), "Confirm", content, cancelButton);
        model.planProperty().addListener((obs, old, plan) -> showPlan(plan));
        showPlan(model.planProperty().get());
    }

    public void show() {
        shell.show();
    }

    public Stage stage() {
        return shell.stage();
    }

    private void addTargetColumns() {
        var columns = planTargets.getColumns();
        if (!model.planProperty().get().stack().isOpsWorks()) {
            // A migrated stack's targets have no OpsWorks id, status or layers; a stack's id is its ARN.
            columns.add(column("Target", 330, PlanTarget::name));
            columns.add(column("Kind", 84, target -> target.kind().name().toLowerCase(Locale.ROOT)));
            columns.add(column("Id", 450, PlanTarget::id));
            return;
        }
        columns.add(column("Target", 140, PlanTarget::name));
        columns.add(column("OpsWorks id", 270, PlanTarget::id));
        columns.add(column("EC2 instance", 170, PlanTarget::ec2Id));
        columns.add(column("Status", 84, t -> t.status() == null ? null : t.status().apiName()));
        columns.add(column("Layers", 200, PlanTarget::layers));
    }

    private void bindTyping() {
        confirmStackName.setText(Printable.of(model.stackName()));
        // A Label cannot be selected; mouse-transparent so no drag can pick its text up either.
        confirmStackName.setMouseTransparent(true);
        confirmInput.textProperty().bindBidirectional(model.typedProperty());
        confirmInput.disableProperty().bind(model.executingProperty().or(model.reportProperty().isNotNull()));
        confirmHint.textProperty().bind(model.hintProperty());
        confirmButton.setText(model.planProperty().get().operation().buttonLabel());
        confirmButton.disableProperty().bind(model.canConfirmProperty().not());
        confirmButton.visibleProperty().bind(model.reportProperty().isNull());
        confirmButton.managedProperty().bind(confirmButton.visibleProperty());
    }

    private void bindOutcome() {
        confirmMessage.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.executingProperty());
        progress.managedProperty().bind(model.executingProperty());
        model.outcomes().addListener((ListChangeListener<String>) change -> {
            confirmOutcomes.getChildren().clear();
            model.outcomes().forEach(line -> confirmOutcomes.getChildren().add(new Label(line)));
        });
        cancelButton.disableProperty().bind(model.executingProperty());
        model.reportProperty().addListener((obs, old, report) -> {
            cancelButton.setText("Close");
            cancelButton.requestFocus();
        });
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    private void offerOptions() {
        List<Node> box = options.getChildren();
        if (model.offersForce()) {
            box.add(option("forceCheck", "Force (EBS-backed: OpsWorks drops only its own instance and"
                    + " leaves the EC2 instance running)", model.forceProperty()));
        }
        if (model.offersDeleteElasticIp()) {
            box.add(option("deleteElasticIpCheck", "Also release the Elastic IP", model.deleteElasticIpProperty()));
        }
        if (model.offersDeleteVolumes()) {
            box.add(option("deleteVolumesCheck", "Also delete the EBS volumes", model.deleteVolumesProperty()));
        }
    }

    private CheckBox option(String id, String text, BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        box.disableProperty().bind(model.executingProperty().or(model.reportProperty().isNotNull()));
        return box;
    }

    private void showPlan(Plan plan) {
        planTargets.getItems().setAll(plan.targets());
        planConsequences.getChildren().clear();
        for (String consequence : plan.consequences()) {
            Label line = new Label(consequence, new FontIcon(UiIcon.ARROW_RIGHT_BOLD));
            line.setWrapText(true);
            line.getStyleClass().add("consequence");
            planConsequences.getChildren().add(line);
        }
        if (plan instanceof ScalingPlan<?> scaling && scaling.change() instanceof ScalingChange.Script script) {
            // What runs as root is shown exactly, selectable, so the operator can read and keep it.
            TextArea text = new TextArea(script.script());
            text.setId("planScript");
            text.setEditable(false);
            text.getStyleClass().add("code");
            text.setPrefRowCount(12);
            planConsequences.getChildren().add(text);
        }
    }
}
