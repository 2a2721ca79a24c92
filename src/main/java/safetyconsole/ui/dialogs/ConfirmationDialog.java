package safetyconsole.ui.dialogs;

import static safetyconsole.ui.common.Tables.column;

import org.kordamp.ikonli.javafx.FontIcon;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.guard.Plan;
import safetyconsole.guard.PlanTarget;
import safetyconsole.ui.common.BannerView;
import safetyconsole.ui.icons.UiIcon;

/**
 * Typed confirmation of a plan. It carries the stack's banner, every target and consequence, and asks for the
 * stack name: the confirm button stays disabled until the text is exactly the name. Focus starts on Cancel,
 * Enter never confirms, Esc cancels, and the name shown cannot be selected or copied.
 */
public final class ConfirmationDialog {

    private final ConfirmationViewModel model;
    private final Stage stage;
    private final VBox consequences = new VBox(4);
    private final TableView<PlanTarget> targets = new TableView<>();
    private final Button cancel = new Button("Cancel");

    public ConfirmationDialog(Window owner, ConfirmationViewModel model) {
        this.model = model;
        VBox root = new VBox(new BannerView(model.banner()), body());
        root.setId("confirmationDialog");
        stage = DialogSupport.modalStage(owner, model.banner().getValue(), "Confirm", root);
        stage.setOnShown(event -> cancel.requestFocus());
        model.planProperty().addListener((obs, old, plan) -> showPlan(plan));
        showPlan(model.planProperty().get());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private VBox body() {
        Label title = new Label();
        title.setId("planTitle");
        title.getStyleClass().add("dialog-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.planProperty().get().title(), model.planProperty()));

        targets.setId("planTargets");
        targets.setPrefHeight(150);
        targets.getColumns().add(column("Target", 140, PlanTarget::name));
        targets.getColumns().add(column("OpsWorks id", 270, PlanTarget::id));
        targets.getColumns().add(column("EC2 instance", 170, PlanTarget::ec2Id));
        targets.getColumns().add(column("Status", 80, t -> t.status() == null ? null : t.status().apiName()));
        targets.getColumns().add(column("Layers", 200, PlanTarget::layers));

        Label consequencesTitle = new Label("What will happen");
        consequencesTitle.getStyleClass().add("section-title");
        consequences.setId("planConsequences");

        VBox options = options();

        Label prompt = new Label("To confirm, type the name of the stack:");
        Label name = new Label(model.stackName());
        name.setId("confirmStackName");
        name.getStyleClass().add("typed-name-shown");
        // A Label cannot be selected; mouse-transparent so no drag can pick its text up either.
        name.setMouseTransparent(true);
        TypedNameField input = new TypedNameField();
        input.setId("confirmInput");
        input.textProperty().bindBidirectional(model.typedProperty());
        input.disableProperty().bind(model.executingProperty().or(model.reportProperty().isNotNull()));
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox typing = new HBox(10, name, input);
        typing.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label();
        hint.setId("confirmHint");
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(model.hintProperty());
        Label message = new Label();
        message.setId("confirmMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.executingProperty());
        progress.managedProperty().bind(model.executingProperty());
        VBox outcomes = new VBox(2);
        outcomes.setId("confirmOutcomes");
        model.outcomes().addListener((ListChangeListener<String>) change -> {
            outcomes.getChildren().clear();
            model.outcomes().forEach(line -> outcomes.getChildren().add(new Label(line)));
        });

        cancel.setId("cancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        cancel.disableProperty().bind(model.executingProperty());
        model.reportProperty().addListener((obs, old, report) -> {
            cancel.setText("Close");
            cancel.requestFocus();
        });
        Button confirm = new Button(model.planProperty().get().operation().buttonLabel(),
                new FontIcon(UiIcon.ALERT));
        confirm.setId("confirmButton");
        confirm.getStyleClass().add("danger");
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        confirm.visibleProperty().bind(model.reportProperty().isNull());
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.setOnAction(event -> model.confirm());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, progress, spacer, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox body = new VBox(10, title, targets, consequencesTitle, consequences, options, prompt, typing, hint, message,
                outcomes, buttons);
        body.setPadding(new Insets(14, 18, 14, 18));
        body.setPrefWidth(900);
        return body;
    }

    private VBox options() {
        VBox box = new VBox(4);
        if (model.offersForce()) {
            box.getChildren().add(option("forceCheck", "Force (EBS-backed: OpsWorks drops only its own instance and"
                    + " leaves the EC2 instance running)", model.forceProperty()));
        }
        if (model.offersDeleteElasticIp()) {
            box.getChildren().add(option("deleteElasticIpCheck", "Also release the Elastic IP", model.deleteElasticIpProperty()));
        }
        if (model.offersDeleteVolumes()) {
            box.getChildren().add(option("deleteVolumesCheck", "Also delete the EBS volumes", model.deleteVolumesProperty()));
        }
        return box;
    }

    private CheckBox option(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        box.disableProperty().bind(model.executingProperty().or(model.reportProperty().isNotNull()));
        return box;
    }

    private void showPlan(Plan plan) {
        targets.getItems().setAll(plan.targets());
        consequences.getChildren().clear();
        for (String consequence : plan.consequences()) {
            Label line = new Label(consequence, new FontIcon(UiIcon.ARROW_RIGHT_BOLD));
            line.setWrapText(true);
            line.getStyleClass().add("consequence");
            consequences.getChildren().add(line);
        }
    }

}
