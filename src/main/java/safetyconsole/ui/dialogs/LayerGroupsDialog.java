package safetyconsole.ui.dialogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.cloud.Layer;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.context.BannerModel;
import safetyconsole.ui.common.BannerView;

/**
 * Chooses a layer's custom security groups among the VPC's groups. Nothing changes here: "Review change"
 * turns the choice into a plan for the typed-confirmation dialog.
 */
public final class LayerGroupsDialog {

    private static final String BUILT_IN_PREFIX = "AWS-OpsWorks-";
    private final Stage stage;

    public LayerGroupsDialog(Window owner, ObservableValue<BannerModel> banner, Layer layer, List<SecurityGroup> vpcGroups,
                             Consumer<List<String>> review) {
        Label title = new Label("Security groups of layer " + layer.name());
        title.getStyleClass().add("dialog-title");
        Label explanation = new Label("Custom groups of the layer. "
                + (layer.defaultSecurityGroupNames().isEmpty() ? ""
                : "Its built-in groups (" + String.join(", ", layer.defaultSecurityGroupNames())
                + ") come with the layer type and stay. ")
                + "A change reaches new instances only; the next step shows which running instances will not get it.");
        explanation.setWrapText(true);

        VBox choices = new VBox(4);
        choices.setId("layerGroupChoices");
        List<CheckBox> boxes = new ArrayList<>();
        vpcGroups.stream().filter(g -> !g.name().startsWith(BUILT_IN_PREFIX))
                .sorted(Comparator.comparing(SecurityGroup::name))
                .forEach(group -> {
                    CheckBox box = new CheckBox(group.name() + "  (" + group.id() + ")");
                    box.setId("group-" + group.name());
                    box.setUserData(group.id());
                    box.setSelected(layer.customSecurityGroupIds().contains(group.id()));
                    boxes.add(box);
                    choices.getChildren().add(box);
                });
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);

        Button cancel = new Button("Cancel");
        cancel.setId("layerGroupsCancel");
        cancel.setCancelButton(true);
        Button next = new Button("Review change\u2026");
        next.setId("layerGroupsReview");
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> chosen(layer, boxes).equals(layer.customSecurityGroupIds()),
                boxes.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        HBox buttons = new HBox(10, cancel, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox body = new VBox(10, title, explanation, scroll, buttons);
        body.setPadding(new Insets(14, 18, 14, 18));
        body.setPrefWidth(640);
        VBox root = new VBox(new BannerView(banner), body);
        root.setId("layerGroupsDialog");
        stage = DialogSupport.modalStage(owner, banner.getValue(), "Layer groups", root);
        cancel.setOnAction(event -> stage.close());
        next.setOnAction(event -> {
            stage.close();
            review.accept(chosen(layer, boxes));
        });
        stage.setOnShown(event -> cancel.requestFocus());
    }

    public void show() {
        stage.show();
    }

    /** The layer's current order kept, new groups appended: a reorder alone is no change. */
    private static List<String> chosen(Layer layer, List<CheckBox> boxes) {
        List<String> ids = new ArrayList<>();
        layer.customSecurityGroupIds().stream()
                .filter(id -> boxes.stream().noneMatch(b -> b.getUserData().equals(id)) || boxes.stream()
                        .anyMatch(b -> b.getUserData().equals(id) && b.isSelected()))
                .forEach(ids::add);
        boxes.stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData()).filter(id -> !ids.contains(id))
                .forEach(ids::add);
        return ids;
    }
}
