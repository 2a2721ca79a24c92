package safetyconsole.ui.scaling;

import static safetyconsole.ui.common.Tables.treeColumn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.migrated.ScalingDriftExport;
import safetyconsole.ui.common.ExportMenu;
import safetyconsole.ui.common.LazyTooltips;
import safetyconsole.ui.common.RefillWhenShown;
import safetyconsole.ui.common.SecurityGroupsLayout;
import safetyconsole.ui.common.StatusChart;
import safetyconsole.ui.icons.UiIcon;

/**
 * Security groups of a migrated stack: the launch-template rule in a paragraph, an honest summary, the instances
 * grouped by Auto Scaling group with missing / hot-fix / launched-from and why, a chart of statuses per group, and
 * exports for a change ticket; as the OpsWorks stacks' screen, in the words of launch templates.
 */
public final class ScalingDriftView extends VBox {

    private final ScalingDriftViewModel model;
    private final TreeTableView<ScalingDriftViewModel.Row> tree = new TreeTableView<>();
    private final StatusChart chart = new StatusChart("scalingDriftChart", "Instances per group");

    /**
     * @param actions its one fix, an instance refresh of the selected rows' group, goes there
     * @param shown   whether the view is on screen; an analysis that comes while it is not is shown when it is
     */
    public ScalingDriftView(ScalingDriftViewModel model, ScalingContentView.Actions actions,
                            ObservableBooleanValue changesAllowed, ObservableBooleanValue shown) {
        this.model = model;
        setId("scalingDriftView");
        ExportMenu export = new ExportMenu("scalingDriftExport", model::suggestedFileName, model::export);
        export.disableProperty().bind(model.shown().analysisProperty().isNull());
        buildTree();
        var selected = tree.getSelectionModel().getSelectedItems();
        Button refresh = new Button("Start instance refresh\u2026", new FontIcon(UiIcon.SYNC));
        refresh.setId("scalingDriftStartRefresh");
        LazyTooltips.install(refresh, "Replace, with SkipMatching, the instances of the selected group (or the"
                + " stack's only one) launched from another template or version");
        refresh.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedGroup().isEmpty(), selected,
                        model.shown().analysisProperty())
                .or(Bindings.not(changesAllowed)));
        refresh.setOnAction(event -> selectedGroup().map(GroupRow::new).ifPresent(actions::startInstanceRefresh));
        SecurityGroupsLayout.lay(this, new SecurityGroupsLayout.Parts("scalingDrift", ScalingDriftExport.RULE,
                model.shown().summaryProperty(), model.shown().problemsOnlyProperty(), List.of(refresh), export,
                model.shown().exportMessageProperty(), tree, chart), this::fill);
        RefillWhenShown refill = new RefillWhenShown(shown, this::fill);
        model.shown().analysisProperty().addListener((obs, old, inventory) -> refill.changed());
        fill();
    }

    private Optional<ScalingGroupDrift> selectedGroup() {
        return model.groupOf(tree.getSelectionModel().getSelectedItems().stream()
                .filter(item -> item != null && item.getValue() != null).map(TreeItem::getValue).toList());
    }

    private void buildTree() {
        tree.setId("scalingDriftTree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getColumns().add(treeColumn("Group / instance", 260, row -> row.isGroup() ? row.group().group().name()
                : row.instance().instanceId()));
        tree.getColumns().add(treeColumn("Status", 110, row -> row.isGroup() ? model.groupStatus(row.group())
                : row.instance().status().label()));
        tree.getColumns().add(groupsColumn("Missing", 200, InstanceTemplateDrift::missing));
        tree.getColumns().add(groupsColumn("Hot-fix", 180, InstanceTemplateDrift::hotfix));
        tree.getColumns().add(treeColumn("Launched from", 150, row -> row.isGroup() ? ""
                : ScalingDriftExport.launchedFrom(row.instance())));
        tree.getColumns().add(groupsColumn("Desired (template)", 240, InstanceTemplateDrift::desired));
        tree.getColumns().add(groupsColumn("Actual (EC2)", 240, InstanceTemplateDrift::actual));
        tree.getColumns().add(treeColumn("Why", 520, row -> row.isGroup() ? String.join(" ", row.group().sentences())
                : row.instance().reason()));
    }

    /** Security groups of each instance row by name, each with its id in the tooltip; empty on a group's row. */
    private TreeTableColumn<ScalingDriftViewModel.Row, String> groupsColumn(
            String title, double width, Function<InstanceTemplateDrift, List<String>> groupIds) {
        return treeColumn(title, width, row -> row.isGroup() ? "" : model.groupNames(groupIds.apply(row.instance())),
                row -> row.isGroup() ? null : model.groupNamesWithIds(groupIds.apply(row.instance())));
    }

    private void fill() {
        TreeItem<ScalingDriftViewModel.Row> root = new TreeItem<>();
        for (Map.Entry<ScalingGroupDrift, List<InstanceTemplateDrift>> entry : model.grouped().entrySet()) {
            TreeItem<ScalingDriftViewModel.Row> group =
                    new TreeItem<>(new ScalingDriftViewModel.Row(entry.getKey(), null));
            group.setExpanded(true);
            // One change per group, not one tree event per instance.
            group.getChildren().setAll(entry.getValue().stream()
                    .map(instance -> new TreeItem<>(new ScalingDriftViewModel.Row(entry.getKey(), instance))).toList());
            root.getChildren().add(group);
        }
        tree.setRoot(root);
        chart.show(List.of(TemplateSyncStatus.values()), TemplateSyncStatus::label, model.countsByGroup());
    }
}
