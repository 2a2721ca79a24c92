package safetyconsole.ui.scaling;

import static safetyconsole.ui.common.Tables.column;

import java.util.EnumMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import safetyconsole.ui.common.LazyTab;
import safetyconsole.ui.common.Tables;

/**
 * The selected migrated stack's instances, Auto Scaling groups and security groups, as tabs. The OpsWorks-only
 * tabs (layers, apps, log rotation) have no counterpart here and are not shown.
 */
public final class ScalingContentView extends TabPane {

    private final ScalingContentViewModel model;
    private final Map<ScalingTab, Tab> tabs = new EnumMap<>(ScalingTab.class);
    private final VBox sentences = new VBox(4);

    public ScalingContentView(ScalingContentViewModel model) {
        this.model = model;
        setId("scalingContent");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (ScalingTab tab : ScalingTab.values()) {
            tabs.put(tab, switch (tab) {
                case INSTANCES -> tab(tab, instancesView());
                case GROUPS -> new LazyTab(tab.title(), tab.id(), this::groupsView);
                case SECURITY_GROUPS -> new LazyTab(tab.title(), tab.id(),
                        () -> new ScalingDriftView(model.drift()));
            });
            getTabs().add(tabs.get(tab));
        }
        model.groupSentences().addListener((ListChangeListener<String>) change -> showSentences());
    }

    public void select(ScalingTab tab) {
        getSelectionModel().select(tabs.get(tab));
    }

    private Node instancesView() {
        TableView<GroupInstanceRow> table = table("scalingInstancesTable", model.instances());
        table.getColumns().add(column("Instance", 170, GroupInstanceRow::instanceId));
        table.getColumns().add(column("Auto Scaling group", 260, GroupInstanceRow::groupName));
        table.getColumns().add(column("Lifecycle", 100, GroupInstanceRow::lifecycleState));
        table.getColumns().add(column("Launched from", 150, GroupInstanceRow::launchedFrom));
        table.getColumns().add(column("Security groups", 110, GroupInstanceRow::status));
        table.getColumns().add(column("Lacks", 160, GroupInstanceRow::missing));
        table.getColumns().add(column("Hot-fix (extra)", 160, GroupInstanceRow::hotfix));
        table.getColumns().add(column("Private IP", 110, GroupInstanceRow::privateIp));
        table.getColumns().add(column("Why", 520, GroupInstanceRow::reason));
        VBox box = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node groupsView() {
        TableView<GroupRow> table = table("scalingGroupsTable", model.groups());
        table.getColumns().add(column("Auto Scaling group", 280, GroupRow::name));
        table.getColumns().add(column("CloudFormation stack", 220, GroupRow::cloudFormationStack));
        table.getColumns().add(column("Launch template in use", 360, GroupRow::launchTemplate));
        table.getColumns().add(column("Desired / min / max", 130, GroupRow::capacity));
        table.getColumns().add(column("Instances", 80, row -> Integer.toString(row.instanceCount())));
        table.getColumns().add(column("Latest instance refresh", 180, GroupRow::latestRefresh));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectGroup(row));
        // The first group's news shows at once; most migrated stacks hold one group.
        model.groups().addListener((ListChangeListener<GroupRow>) change -> selectFirst(table));
        selectFirst(table);

        sentences.setId("scalingGroupSentences");
        sentences.setPadding(new Insets(10, 14, 10, 14));
        ScrollPane sentencesScroll = new ScrollPane(sentences);
        sentencesScroll.setFitToWidth(true);
        showSentences();
        VBox box = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(box, sentencesScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private static void selectFirst(TableView<GroupRow> table) {
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void showSentences() {
        sentences.getChildren().clear();
        if (model.groupSentences().isEmpty()) {
            Label hint = new Label("Select a group to see what it says.");
            hint.getStyleClass().add("hint");
            sentences.getChildren().add(hint);
            return;
        }
        for (String sentence : model.groupSentences()) {
            Label line = new Label(sentence);
            line.setWrapText(true);
            line.getStyleClass().add("detail-value");
            sentences.getChildren().add(line);
        }
    }

    private <T> TableView<T> table(String id, ObservableList<T> items) {
        return Tables.table(id, items, model.placeholderProperty());
    }

    private static Tab tab(ScalingTab which, Node content) {
        Tab tab = new Tab(which.title(), content);
        tab.setId(which.id());
        return tab;
    }
}
