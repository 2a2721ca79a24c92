package safetyconsole.ui.scaling;

import static safetyconsole.ui.common.Tables.column;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.ui.common.LazyTab;
import safetyconsole.ui.common.LazyTooltips;
import safetyconsole.ui.common.Tables;
import safetyconsole.ui.icons.UiIcon;
import safetyconsole.ui.logrotate.InstanceLookView;
import safetyconsole.ui.logrotate.InstanceLookViewModel;
import safetyconsole.ui.logrotate.MigratedLogRotationView;

/**
 * The selected migrated stack's instances, Auto Scaling groups, security groups and log rotation, as tabs. The
 * OpsWorks-only tabs (layers, apps) have no counterpart here and are not shown.
 */
public final class ScalingContentView extends TabPane {

    /** What the action buttons ask for; the shell turns each into a plan and a confirmation dialog. */
    public interface Actions {
        void startInstanceRefresh(GroupRow group);

        void cancelInstanceRefresh(GroupRow group);

        /** Asks for the number first. */
        void setDesiredCapacity(GroupRow group);

        /** @param withInstances terminate its instances with it (else a group with instances is refused) */
        void deleteGroup(GroupRow group, boolean withInstances);

        /** The selected stack, when it is a CloudFormation stack, with everything it holds. */
        void deleteCloudFormationStack();

        /** @param decrementDesiredCapacity else each group launches a replacement */
        void terminate(List<GroupInstanceRow> instances, boolean decrementDesiredCapacity);

        /** Asks for the groups first. */
        void hotfixGroups(GroupInstanceRow instance);

        /** Asks for the instance (offering {@code preferred} first, when not null) and the log directory first. */
        void lookOnInstance(GroupInstanceRow preferred);
    }

    private final ScalingContentViewModel model;
    private final Actions actions;
    private final ObservableBooleanValue changesAllowed;
    private final InstanceLookViewModel looks;
    private final Map<ScalingTab, Tab> tabs = new EnumMap<>(ScalingTab.class);
    private final VBox sentences = new VBox(4);

    /** @param looks the looks on instances run from the window, the stack's shown below its instances */
    public ScalingContentView(ScalingContentViewModel model, Actions actions, ObservableBooleanValue changesAllowed,
                              InstanceLookViewModel looks) {
        this.model = model;
        this.actions = actions;
        this.changesAllowed = changesAllowed;
        this.looks = looks;
        setId("scalingContent");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (ScalingTab tab : ScalingTab.values()) {
            tabs.put(tab, switch (tab) {
                case INSTANCES -> tab(tab, instancesView());
                case GROUPS -> new LazyTab(tab.title(), tab.id(), this::groupsView);
                case SECURITY_GROUPS -> new LazyTab(tab.title(), tab.id(),
                        selected -> new ScalingDriftView(model.drift(), actions, changesAllowed, selected));
                case LOG_ROTATION -> new LazyTab(tab.title(), tab.id(),
                        () -> new MigratedLogRotationView(model.logRotation()));
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
        table.getColumns().add(column("Status", 110, GroupInstanceRow::status));
        table.getColumns().add(column("Lacks", 200, GroupInstanceRow::missing, GroupInstanceRow::missingWithIds));
        table.getColumns().add(column("Hot-fix (extra)", 180, GroupInstanceRow::hotfix,
                GroupInstanceRow::hotfixWithIds));
        table.getColumns().add(column("Private IP", 110, GroupInstanceRow::privateIp));
        table.getColumns().add(column("Why", 520, GroupInstanceRow::reason));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ObservableList<GroupInstanceRow> selected = table.getSelectionModel().getSelectedItems();
        MenuItem replace = new MenuItem("Terminate; the group launches a replacement\u2026");
        replace.setId("scalingTerminateReplace");
        replace.setOnAction(event -> actions.terminate(List.copyOf(selected), false));
        MenuItem scaleIn = new MenuItem("Terminate and lower the desired capacity\u2026");
        scaleIn.setId("scalingTerminateScaleIn");
        scaleIn.setOnAction(event -> actions.terminate(List.copyOf(selected), true));
        MenuButton terminate = new MenuButton("Terminate", new FontIcon(UiIcon.DELETE_OUTLINE), replace, scaleIn);
        terminate.setId("scalingTerminate");
        terminate.getStyleClass().add("danger");
        terminate.disableProperty().bind(Bindings.isEmpty(selected).or(Bindings.not(changesAllowed)));
        Button hotfix = button("scalingHotfix", "Hot-fix security groups\u2026", UiIcon.PENCIL_OUTLINE,
                () -> actions.hotfixGroups(selected.get(0)));
        LazyTooltips.install(hotfix, "Change the groups of one instance by hand; its next replacement drops them");
        hotfix.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1).or(Bindings.not(changesAllowed)));
        Button look = button("lookOnInstance", "Look on one instance\u2026", UiIcon.FILE_DOCUMENT_OUTLINE,
                () -> actions.lookOnInstance(selected.isEmpty() ? null : selected.get(0)));
        LazyTooltips.install(look, "Run a fixed, read-only script as root on one instance, through Systems Manager:"
                + " what rotates the Rails log there");
        look.disableProperty().bind(Bindings.isEmpty(model.instances()).or(Bindings.not(changesAllowed)));
        VBox box = new VBox(actionBar(terminate, hotfix, look), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane found = new ScrollPane(new InstanceLookView(looks));
        found.setFitToWidth(true);
        found.setPadding(new Insets(8, 12, 8, 12));
        // Only once a look was sent on this stack does its result take room from the table.
        found.visibleProperty().bind(looks.messageProperty().isNotEmpty());
        found.managedProperty().bind(found.visibleProperty());
        SplitPane split = new SplitPane(box, found);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private Node groupsView() {
        TableView<GroupRow> table = table("scalingGroupsTable", model.groups());
        table.getColumns().add(column("Auto Scaling group", 280, GroupRow::name));
        table.getColumns().add(column("CloudFormation stack", 220, GroupRow::cloudFormationStack));
        table.getColumns().add(column("Launch template in use", 450, GroupRow::launchTemplate));
        table.getColumns().add(column("Desired / min / max", 150, GroupRow::capacity));
        table.getColumns().add(column("Instances", 84, row -> Integer.toString(row.instanceCount())));
        table.getColumns().add(column("Latest instance refresh", 180, GroupRow::latestRefresh));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectGroup(row));
        var group = table.getSelectionModel().selectedItemProperty();
        MenuItem start = new MenuItem("Start instance refresh\u2026", new FontIcon(UiIcon.SYNC));
        start.setId("scalingStartRefresh");
        start.setOnAction(event -> actions.startInstanceRefresh(group.get()));
        MenuItem cancel = new MenuItem("Cancel instance refresh\u2026", new FontIcon(UiIcon.STOP));
        cancel.setId("scalingCancelRefresh");
        cancel.setOnAction(event -> actions.cancelInstanceRefresh(group.get()));
        MenuButton refresh = new MenuButton("Instance refresh", new FontIcon(UiIcon.SYNC), start, cancel);
        refresh.setId("scalingRefresh");
        LazyTooltips.install(refresh, "Replace, with SkipMatching, the instances launched from another template or"
                + " version; or stop the refresh running");
        Button desired = button("scalingSetDesired", "Set desired capacity\u2026", UiIcon.PENCIL_OUTLINE,
                () -> actions.setDesiredCapacity(group.get()));
        MenuItem deleteGroup = new MenuItem("Delete group\u2026");
        deleteGroup.setId("scalingDeleteGroup");
        deleteGroup.setOnAction(event -> actions.deleteGroup(group.get(), false));
        MenuItem deleteWithInstances = new MenuItem("Delete group and terminate its instances\u2026");
        deleteWithInstances.setId("scalingDeleteGroupWithInstances");
        deleteWithInstances.setOnAction(event -> actions.deleteGroup(group.get(), true));
        MenuButton delete = new MenuButton("Delete", new FontIcon(UiIcon.DELETE_OUTLINE), deleteGroup,
                deleteWithInstances);
        delete.setId("scalingDelete");
        delete.getStyleClass().add("danger");
        for (Control control : List.of(refresh, desired, delete)) {
            control.disableProperty().bind(group.isNull().or(Bindings.not(changesAllowed)));
        }
        Button deleteStack = button("scalingDeleteStack", "Delete CloudFormation stack\u2026", UiIcon.DELETE_OUTLINE,
                actions::deleteCloudFormationStack);
        deleteStack.getStyleClass().add("danger");
        deleteStack.visibleProperty().bind(model.cloudFormationStackProperty());
        deleteStack.managedProperty().bind(deleteStack.visibleProperty());
        deleteStack.disableProperty().bind(Bindings.not(changesAllowed));
        // The first group's news shows at once; most migrated stacks hold one group.
        model.groups().addListener((ListChangeListener<GroupRow>) change -> selectFirst(table));
        selectFirst(table);

        sentences.setId("scalingGroupSentences");
        sentences.setPadding(new Insets(10, 14, 10, 14));
        ScrollPane sentencesScroll = new ScrollPane(sentences);
        sentencesScroll.setFitToWidth(true);
        showSentences();
        VBox box = new VBox(actionBar(refresh, desired, delete, deleteStack), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(box, sentencesScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private static Button button(String id, String text, Ikon icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Controls keep their width: a cut-off label would hide which change a button makes. */
    private static HBox actionBar(Control... controls) {
        HBox bar = new HBox(6, controls);
        bar.getChildren().forEach(control -> ((Control) control).setMinWidth(Region.USE_PREF_SIZE));
        bar.getStyleClass().add("action-bar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
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
