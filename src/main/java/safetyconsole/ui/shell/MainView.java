package safetyconsole.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.cloud.App;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.context.Mode;
import safetyconsole.drift.GroupDrift;
import safetyconsole.guard.GroupFix;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.migrated.GoneFromGroup;
import safetyconsole.ui.attribution.TimelineViewModel;
import safetyconsole.ui.attribution.TimelineWindow;
import safetyconsole.ui.common.BannerView;
import safetyconsole.ui.common.LazyTooltips;
import safetyconsole.ui.common.NoticeBar;
import safetyconsole.ui.common.ShownWhenWanted;
import safetyconsole.ui.dialogs.ArmDialog;
import safetyconsole.ui.dialogs.ArmViewModel;
import safetyconsole.ui.dialogs.ConfirmationDialog;
import safetyconsole.ui.dialogs.ConfirmationViewModel;
import safetyconsole.ui.dialogs.DesiredCapacityDialog;
import safetyconsole.ui.dialogs.DesiredCapacityViewModel;
import safetyconsole.ui.dialogs.HotfixGroupsDialog;
import safetyconsole.ui.dialogs.HotfixGroupsViewModel;
import safetyconsole.ui.dialogs.LayerGroupsDialog;
import safetyconsole.ui.dialogs.LayerGroupsViewModel;
import safetyconsole.ui.dialogs.LookDialog;
import safetyconsole.ui.dialogs.LookViewModel;
import safetyconsole.ui.icons.UiIcon;
import safetyconsole.ui.scaling.GroupInstanceRow;
import safetyconsole.ui.scaling.GroupRow;
import safetyconsole.ui.scaling.ScalingContentView;
import safetyconsole.ui.scaling.ScalingTab;
import safetyconsole.ui.stacks.StackContentView;
import safetyconsole.ui.stacks.StackTab;

/**
 * The main window: banner on top of everything, stack list left, the stack's contents right, status below.
 * Actions open the typed-confirmation dialog; a one-second tick drives the arming countdown while the view is on
 * a scene (a view replaced by another account's stops).
 */
public final class MainView extends BorderPane implements StackContentView.Actions, ScalingContentView.Actions {

    /** The windows the main window opens beside itself, on the account it shows. */
    public interface Windows {
        void about(Window owner);

        void auditLog(Window owner);
    }

    private final MainViewModel model;
    private final StackSelection stacks;
    private final BannerViewModel banner;
    private final ActionsViewModel actions;
    private final MissingInstancesViewModel missing;
    private final StatusLine statusLine;
    private final Windows windows;
    private final Runnable connect;
    private final ListView<StackEntry> stackList = new ListView<>();
    private final StackPane contentPane = new StackPane();
    private final ShownWhenWanted<StackContentView> content;
    private final ShownWhenWanted<ScalingContentView> scalingContent;
    /** Whether the selected stack is a migrated one, shown by the scaling content instead of the OpsWorks one. */
    private final BooleanBinding migratedSelected;
    private final VBox notices = new VBox();

    /** @param connect opens the connect dialog */
    public MainView(MainViewModel model, Windows windows, Runnable connect) {
        this.model = model;
        this.stacks = model.stacks();
        this.banner = model.banner();
        this.actions = model.actions();
        this.missing = model.missing();
        this.statusLine = model.status();
        this.windows = windows;
        this.connect = connect;
        setId("mainView");
        migratedSelected = Bindings.createBooleanBinding(() -> stacks.selectedStackProperty().get() != null
                && !stacks.selectedStackProperty().get().stack().isOpsWorks(), stacks.selectedStackProperty());
        content = new ShownWhenWanted<>(contentPane, migratedSelected.not(), () -> new StackContentView(
                stacks.content(), this, banner.changesAllowedProperty(), stacks.logRotation()));
        scalingContent = new ShownWhenWanted<>(contentPane, migratedSelected, () -> new ScalingContentView(
                stacks.scaling(), this, banner.changesAllowedProperty(), model.looks()));

        setTop(new VBox(new BannerView(banner.bannerProperty()), notices, missingBar(), impactBar(), toolbar()));
        setCenter(centre());
        setBottom(new StatusBar(statusLine));

        notices.setId("notices");
        banner.notices().addListener((ListChangeListener<String>) change -> showNotices());
        showNotices();
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> banner.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        EventHandler<Event> activity = event -> banner.noteActivity();
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                ticker.stop();
                old.removeEventFilter(KeyEvent.KEY_PRESSED, activity);
                old.removeEventFilter(MouseEvent.MOUSE_PRESSED, activity);
            }
            if (scene != null) {
                installShortcuts();
                scene.addEventFilter(KeyEvent.KEY_PRESSED, activity);
                scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
                ticker.play();
            }
        });
    }

    @Override
    public void instances(InstanceOperation operation, List<Instance> selection) {
        actions.planInstances(operation, selection).ifPresent(this::confirm);
    }

    @Override
    public void deleteLayer(Layer layer) {
        actions.planDeleteLayer(layer).ifPresent(this::confirm);
    }

    @Override
    public void deleteApp(App app) {
        actions.planDeleteApp(app).ifPresent(this::confirm);
    }

    @Override
    public void fixGroups(List<GroupDrift> selection, GroupFix fix) {
        actions.planFixGroups(selection, fix).ifPresent(this::confirm);
    }

    @Override
    public void restartInstanceStore(List<GroupDrift> selection) {
        actions.planRestartInstanceStore(selection).ifPresent(this::confirm);
    }

    @Override
    public void editLayerGroups(Layer layer) {
        stacks.content().inventory().ifPresent(inventory -> new LayerGroupsDialog(getScene().getWindow(),
                new LayerGroupsViewModel(banner.bannerProperty(), layer, List.copyOf(inventory.groupsById().values()),
                        groups -> actions.planUpdateLayerGroups(layer, groups).ifPresent(this::confirm))).show());
    }

    @Override
    public void startInstanceRefresh(GroupRow group) {
        actions.planStartInstanceRefresh(group.name()).ifPresent(this::confirm);
    }

    @Override
    public void cancelInstanceRefresh(GroupRow group) {
        actions.planCancelInstanceRefresh(group.name()).ifPresent(this::confirm);
    }

    @Override
    public void setDesiredCapacity(GroupRow group) {
        AutoScalingGroup now = group.group();
        new DesiredCapacityDialog(getScene().getWindow(), new DesiredCapacityViewModel(banner.bannerProperty(),
                now.name(), now.desiredCapacity(), now.minSize(), now.maxSize(),
                capacity -> actions.planSetDesiredCapacity(now.name(), capacity).ifPresent(this::confirm))).show();
    }

    @Override
    public void deleteGroup(GroupRow group, boolean withInstances) {
        actions.planDeleteAutoScalingGroup(group.name(), withInstances).ifPresent(this::confirm);
    }

    @Override
    public void deleteCloudFormationStack() {
        actions.planDeleteCloudFormationStack().ifPresent(this::confirm);
    }

    @Override
    public void terminate(List<GroupInstanceRow> instances, boolean decrementDesiredCapacity) {
        actions.planTerminateInGroup(instances.stream().map(GroupInstanceRow::instanceId).toList(),
                decrementDesiredCapacity).ifPresent(this::confirm);
    }

    @Override
    public void hotfixGroups(GroupInstanceRow instance) {
        new HotfixGroupsDialog(getScene().getWindow(), new HotfixGroupsViewModel(banner.bannerProperty(),
                instance.instanceId(), instance.templateInUse(), instance.templateGroups(), instance.groupsNow(),
                id -> instance.groupNames().name(id).orElse(id),
                groups -> actions.planHotfixGroups(instance.instanceId(), groups).ifPresent(this::confirm))).show();
    }

    @Override
    public void lookOnInstance(GroupInstanceRow preferred) {
        List<LookViewModel.Choice> choices = new ArrayList<>(actions.lookChoices());
        if (preferred != null) {
            choices.sort(Comparator.comparing(choice -> !choice.instanceId().equals(preferred.instanceId())));
        }
        new LookDialog(getScene().getWindow(), new LookViewModel(banner.bannerProperty(), choices, "",
                (instanceId, directory) -> actions.planLookOnInstance(instanceId, directory)
                        .ifPresent(this::confirm))).show();
    }

    private void confirm(ConfirmationViewModel confirmation) {
        new ConfirmationDialog(getScene().getWindow(), confirmation).show();
    }

    private void openArmDialog() {
        if (banner.armableProperty().get() && banner.bannerProperty().get() != null) {
            new ArmDialog(getScene().getWindow(), new ArmViewModel(banner.bannerProperty(), banner::arm)).show();
        }
    }

    /** Instances seen earlier and gone now, with a way to see who removed them. */
    private NoticeBar missingBar() {
        MenuButton who = new MenuButton("Who did it?");
        who.setId("missingWho");
        NoticeBar bar = new NoticeBar("missing", UiIcon.ALERT_OCTAGON, missing::dismissMissing, who);
        bar.getStyleClass().add("missing-notice");
        Runnable showGone = () -> {
            MissingInstances fromLayers = missing.missingProperty().get();
            GroupsGone fromGroups = missing.groupsGoneProperty().get();
            bar.show(fromLayers != null ? fromLayers.sentence() : fromGroups != null ? fromGroups.sentence() : null);
            who.getItems().clear();
            if (fromLayers != null) {
                for (var instance : fromLayers.gone()) {
                    who.getItems().add(whoItem(instance.hostname() + " (" + instance.id() + ")",
                            () -> missing.timelineOf(instance)));
                }
            }
            if (fromGroups != null) {
                for (GoneFromGroup group : fromGroups.groups()) {
                    for (GoneInstance instance : group.chain().instances()) {
                        who.getItems().add(whoItem(instance.instanceId() + " (" + group.label() + ", "
                                + instance.fate().name().toLowerCase(Locale.ROOT) + ")",
                                () -> missing.timelineOf(group, instance)));
                    }
                }
            }
        };
        missing.missingProperty().addListener((obs, old, gone) -> showGone.run());
        missing.groupsGoneProperty().addListener((obs, old, gone) -> showGone.run());
        return bar;
    }

    private MenuItem whoItem(String text, Supplier<Optional<TimelineViewModel>> timeline) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> timeline.get().ifPresent(model -> TimelineWindow.show(getScene().getWindow(),
                model)));
        return item;
    }

    @Override
    public void history(Instance instance) {
        missing.timelineOf(instance).ifPresent(timeline -> TimelineWindow.show(getScene().getWindow(), timeline));
    }

    /** After a layer's groups changed: who did not get it, and a way straight into fixing them. */
    private NoticeBar impactBar() {
        Button fix = new Button("Fix them now\u2026");
        fix.setId("impactFix");
        // Hidden, it takes no room in the bar either.
        fix.managedProperty().bind(fix.visibleProperty());
        fix.setOnAction(event -> actions.planFixImpact().ifPresent(this::confirm));
        NoticeBar bar = new NoticeBar("impact", UiIcon.ALERT_OUTLINE, actions::dismissImpact, fix);
        actions.impactProperty().addListener((obs, old, impact) -> {
            bar.show(impact == null ? null : impact.text());
            fix.setVisible(impact != null && impact.pendingInstances() > 0);
            if (impact != null) {
                content.get().select(StackTab.SECURITY_GROUPS);
            }
        });
        return bar;
    }

    private HBox toolbar() {
        Button refresh = new Button("Refresh", new FontIcon(UiIcon.REFRESH));
        refresh.setId("refreshButton");
        LazyTooltips.install(refresh, "Read the account again (F5 or Ctrl+R)");
        refresh.setOnAction(event -> stacks.refresh());
        refresh.disableProperty().bind(statusLine.loadingProperty());
        Button arm = new Button("Arm\u2026", new FontIcon(UiIcon.ALERT_OCTAGON));
        arm.setId("armButton");
        LazyTooltips.install(arm,
                "Allow changes to this production-like stack for a while, with a reason (Ctrl+Shift+A)");
        arm.setOnAction(event -> openArmDialog());
        Button disarm = new Button("Disarm", new FontIcon(UiIcon.LOCK));
        disarm.setId("disarmButton");
        disarm.setOnAction(event -> banner.disarm());
        var armed = Bindings.createBooleanBinding(() -> banner.bannerProperty().get() != null
                && banner.bannerProperty().get().mode() == Mode.ARMED, banner.bannerProperty());
        arm.visibleProperty().bind(banner.armableProperty().and(armed.not()));
        arm.managedProperty().bind(arm.visibleProperty());
        disarm.visibleProperty().bind(armed);
        disarm.managedProperty().bind(disarm.visibleProperty());
        Button auditLog = new Button("Audit log", new FontIcon(UiIcon.CLIPBOARD_TEXT_CLOCK_OUTLINE));
        auditLog.setId("auditLogButton");
        LazyTooltips.install(auditLog, "Every change made from this console, hash-chained (Ctrl+Shift+L)");
        auditLog.setOnAction(event -> openAuditLog());
        Button about = new Button(null, new FontIcon(UiIcon.INFORMATION_OUTLINE));
        about.setId("aboutButton");
        LazyTooltips.install(about, "About: version and where the console keeps its files (F1)");
        about.setOnAction(event -> openAbout());
        Label source = new Label(model.sourceDescription());
        source.setId("sourceLabel");
        source.getStyleClass().add("source-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button connectButton = new Button("Connect\u2026", new FontIcon(UiIcon.SWAP_HORIZONTAL));
        connectButton.setId("connectAccountButton");
        LazyTooltips.install(connectButton, "Open another account: an AWS profile, or the demo (Ctrl+Shift+K)");
        connectButton.setOnAction(event -> connect.run());
        HBox bar = new HBox(10, refresh, arm, disarm, auditLog, spacer, source, connectButton, about);
        bar.getStyleClass().add("toolbar-row");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private SplitPane centre() {
        stackList.setId("stackList");
        stackList.setItems(stacks.stacks());
        stackList.setCellFactory(list -> new StackListCell());
        stackList.setMinWidth(200);
        Label empty = new Label("No stacks yet.");
        stackList.setPlaceholder(empty);
        stackList.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && !entry.equals(stacks.selectedStackProperty().get())) {
                stacks.select(entry);
            }
        });
        stacks.selectedStackProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                stackList.getSelectionModel().clearSelection();
            } else if (!entry.equals(stackList.getSelectionModel().getSelectedItem())) {
                stackList.getSelectionModel().select(entry);
            }
        });
        // Made when first asked for (right click, the menu key): a context menu is a popup window of its own, a
        // few tens of ms to make while the window first opens.
        stackList.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (stackList.getContextMenu() == null) {
                MenuItem deleteStack = new MenuItem("Delete stack\u2026", new FontIcon(UiIcon.DELETE_OUTLINE));
                deleteStack.setId("deleteStackItem");
                deleteStack.setOnAction(done -> actions.planDeleteStack().ifPresent(this::confirm));
                stackList.setContextMenu(new ContextMenu(deleteStack));
            }
        });
        SplitPane split = new SplitPane(stackList, contentPane);
        split.setDividerPositions(0.23);
        SplitPane.setResizableWithParent(stackList, false);
        return split;
    }

    private void showNotices() {
        notices.getChildren().clear();
        for (String notice : banner.notices()) {
            Label label = new Label(notice, new FontIcon(UiIcon.ALERT_OUTLINE));
            label.getStyleClass().add("notice");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            notices.getChildren().add(label);
        }
    }

    private void installShortcuts() {
        var accelerators = getScene().getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F5), stacks::refresh);
        accelerators.put(new KeyCodeCombination(KeyCode.F1), this::openAbout);
        accelerators.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), stacks::refresh);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), stackList::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!migratedSelected.get()) {
                content.get().focusInstanceFilter();
            }
        });
        for (StackTab tab : StackTab.values()) {
            Optional<ScalingTab> counterpart = MigratedShortcuts.tab(tab);
            accelerators.put(new KeyCodeCombination(tab.shortcutKey(), KeyCombination.SHORTCUT_DOWN), () -> {
                if (!migratedSelected.get()) {
                    content.get().select(tab);
                } else {
                    counterpart.ifPresentOrElse(scalingTab -> scalingContent.get().select(scalingTab),
                            () -> MigratedShortcuts.whyNoTab(tab).ifPresent(statusLine::info));
                }
            });
        }
        accelerators.put(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::openArmDialog);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::openAuditLog);
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                connect);
    }

    private void openAbout() {
        windows.about(getScene().getWindow());
    }

    private void openAuditLog() {
        windows.auditLog(getScene().getWindow());
    }

    /** Where keyboard focus starts: the stack list, so arrows move between stacks at once. */
    public void focusStackList() {
        stackList.requestFocus();
    }
}
