package safetyconsole.ui.drift;

import static safetyconsole.ui.common.Tables.treeColumn;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.cloud.Layer;
import safetyconsole.drift.DriftExport;
import safetyconsole.drift.DriftReport;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.guard.GroupFix;
import safetyconsole.inventory.StackInventory;
import safetyconsole.ui.common.ExportMenu;
import safetyconsole.ui.common.LazyTooltips;
import safetyconsole.ui.common.RefillWhenShown;
import safetyconsole.ui.common.SecurityGroupsLayout;
import safetyconsole.ui.common.StatusChart;
import safetyconsole.ui.icons.UiIcon;

/**
 * Pending security groups of the selected stack: the OpsWorks rule in a paragraph, an honest summary, the
 * instances grouped by layer with desired / actual / missing / extra groups, a chart of statuses per layer,
 * fixes through the guard, and exports for a change ticket.
 */
public final class DriftView extends VBox {

    /** What the fix buttons ask for; the shell plans them and opens the confirmation dialog. */
    public interface Actions {
        void fixGroups(List<GroupDrift> selection, GroupFix fix);

        void restartInstanceStore(List<GroupDrift> selection);

        void editLayerGroups(Layer layer);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final DriftViewModel model;
    private final TreeTableView<DriftViewModel.Row> tree = new TreeTableView<>();
    private final StatusChart chart = new StatusChart("driftChart", "Instances per layer");

    /** {@code shown}: whether the view is on screen; a report that comes while it is not is shown when it is. */
    public DriftView(DriftViewModel model, Actions actions, ObservableBooleanValue changesAllowed,
                     ObservableBooleanValue shown) {
        this.model = model;
        setId("driftView");
        var selected = tree.getSelectionModel().getSelectedItems();
        Button addMissing = new Button("Add missing groups\u2026", new FontIcon(UiIcon.PLUS_CIRCLE_OUTLINE));
        addMissing.setId("driftAddMissing");
        addMissing.setOnAction(event -> actions.fixGroups(selection(), GroupFix.ADD_MISSING));
        Button makeExact = new Button("Make exact\u2026", new FontIcon(UiIcon.SYNC));
        makeExact.setId("driftMakeExact");
        makeExact.setOnAction(event -> actions.fixGroups(selection(), GroupFix.MAKE_EXACT));
        Button restart = new Button("Stop and start\u2026", new FontIcon(UiIcon.RESTART_ALERT));
        restart.setId("driftRestart");
        LazyTooltips.install(restart, "Instance-store only: a new EC2 instance with the layers'"
                + " groups; the instance-store data is lost");
        restart.setOnAction(event -> actions.restartInstanceStore(selection()));
        for (Button fix : new Button[] {addMissing, makeExact, restart}) {
            fix.disableProperty().bind(Bindings.isEmpty(selected).or(Bindings.not(changesAllowed)));
        }
        Button editLayer = new Button("Edit layer groups\u2026", new FontIcon(UiIcon.PENCIL_OUTLINE));
        editLayer.setId("driftEditLayer");
        editLayer.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedLayer() == null, selected)
                .or(Bindings.not(changesAllowed)));
        editLayer.setOnAction(event -> actions.editLayerGroups(selectedLayer()));
        ExportMenu export = new ExportMenu("driftExport", model::suggestedFileName, model::export);
        export.disableProperty().bind(model.reportProperty().isNull());
        buildTree();
        SecurityGroupsLayout.lay(this, new SecurityGroupsLayout.Parts("drift", DriftExport.RULE,
                model.summaryProperty(), model.problemsOnlyProperty(),
                List.of(addMissing, makeExact, restart, editLayer), export, model.exportMessageProperty(), tree, chart),
                this::fill);
        RefillWhenShown refill = new RefillWhenShown(shown, this::fill);
        model.reportProperty().addListener((obs, old, report) -> refill.changed());
        fill();
    }

    private void buildTree() {
        tree.setId("driftTree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getColumns().add(treeColumn("Layer / instance", 190, row -> row.isLayer() ? row.layer().name()
                : row.drift().instance().hostname()));
        tree.getColumns().add(treeColumn("Status", 150, row -> row.isLayer() ? layerCounts(row.layer())
                : row.drift().status().label()));
        tree.getColumns().add(treeColumn("Missing", 210, row -> row.isLayer() ? "" : names(row.drift().missing())));
        tree.getColumns().add(treeColumn("Extra", 170, row -> row.isLayer() ? "" : names(row.drift().extra())));
        tree.getColumns().add(treeColumn("No longer exist", 130,
                row -> row.isLayer() ? "" : String.join(", ", row.drift().deleted())));
        tree.getColumns().add(treeColumn("Desired", 330, row -> row.isLayer() ? "" : names(row.drift().desired())));
        tree.getColumns().add(treeColumn("Actual (EC2)", 330, row -> row.isLayer() ? "" : names(row.drift().actual())));
        tree.getColumns().add(treeColumn("Checked", 84,
                row -> row.isLayer() ? "" : TIME.format(row.drift().checkedAt())));
        tree.getColumns().add(treeColumn("Why", 420, row -> row.isLayer() ? "" : row.drift().reason()));
    }

    private void fill() {
        TreeItem<DriftViewModel.Row> root = new TreeItem<>();
        for (Map.Entry<Layer, List<GroupDrift>> entry : model.grouped().entrySet()) {
            TreeItem<DriftViewModel.Row> layer = new TreeItem<>(new DriftViewModel.Row(entry.getKey(), null));
            layer.setExpanded(true);
            // One change per layer, not one tree event per instance.
            layer.getChildren().setAll(entry.getValue().stream()
                    .map(d -> new TreeItem<>(new DriftViewModel.Row(entry.getKey(), d))).toList());
            root.getChildren().add(layer);
        }
        tree.setRoot(root);
        fillChart();
    }

    private void fillChart() {
        Map<String, Map<SyncStatus, Long>> countsByLayer = new LinkedHashMap<>();
        model.countsByLayer().forEach((layer, counts) -> countsByLayer.put(layer.name(), counts));
        chart.show(List.of(SyncStatus.values()), SyncStatus::label, countsByLayer);
    }

    private List<GroupDrift> selection() {
        return model.instancesOf(tree.getSelectionModel().getSelectedItems().stream()
                .filter(item -> item != null && item.getValue() != null).map(TreeItem::getValue)
                .collect(Collectors.toList()));
    }

    private Layer selectedLayer() {
        var items = tree.getSelectionModel().getSelectedItems();
        if (items.size() != 1 || items.get(0) == null || items.get(0).getValue() == null) {
            return null;
        }
        return items.get(0).getValue().layer();
    }

    private String layerCounts(Layer layer) {
        Map<SyncStatus, Long> counts = model.countsByLayer().getOrDefault(layer, Map.of());
        long problems = counts.entrySet().stream().filter(e -> e.getKey() != SyncStatus.IN_SYNC)
                .mapToLong(Map.Entry::getValue).sum();
        return problems == 0 ? "all in sync" : problems + " to look at";
    }

    private String names(Collection<String> ids) {
        DriftReport report = model.reportProperty().get();
        if (report == null) {
            return "";
        }
        StackInventory inventory = report.inventory();
        return ids.stream().map(inventory::groupName).collect(Collectors.joining(", "));
    }
}
