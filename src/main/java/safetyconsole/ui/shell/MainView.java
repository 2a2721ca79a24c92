package safetyconsole.ui.shell;

import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import safetyconsole.AppContext;
import safetyconsole.cloud.App;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.context.Mode;
import safetyconsole.ui.attribution.TimelineWindow;
import safetyconsole.ui.common.LazyTooltips;
import safetyconsole.ui.audit.AuditWindow;
import safetyconsole.ui.dialogs.AboutDialog;
import safetyconsole.ui.dialogs.AboutFacts;
import safetyconsole.ui.dialogs.ArmDialog;
import safetyconsole.ui.dialogs.ArmViewModel;
import safetyconsole.ui.dialogs.ConfirmationDialog;
import safetyconsole.ui.dialogs.ConfirmationViewModel;
import safetyconsole.ui.dialogs.LayerGroupsDialog;
import safetyconsole.ui.dialogs.LayerGroupsViewModel;
import safetyconsole.drift.GroupDrift;
import safetyconsole.guard.GroupFix;
import safetyconsole.guard.InstanceOperation;

import safetyconsole.ui.icons.UiIcon;
import safetyconsole.ui.stacks.StackContentView;

/**
 * The main window: banner on top of everything, stack list left, the stack's contents right, status below.
 * Actions open the typed-confirmation dialog; a one-second tick drives the arming countdown while the view is on
 * a scene (a view replaced by another account's stops).
 */
public final class MainView extends BorderPane implements StackContentView.Actions {

    private final MainViewModel model;
    private final Runnable connect;
    private final ListView<StackEntry> stackList = new ListView<>();
    private final StackContentView content;
    private final VBox notices = new VBox();

    /** @param connect opens the connect dialog */
    public MainView(MainViewModel model, Runnable connect) {
        this.model = model;
        this.connect = connect;
        setId("mainView");
        content = new StackContentView(model.content(), this, model.changesAllowedProperty(), model.logRotation());

        setTop(new VBox(new BannerView(model.bannerProperty()), notices, missingBar(), impactBar(), toolbar()));
        setCenter(centre());
        setBottom(statusBar());

        notices.setId("notices");
        model.notices().addListener((ListChangeListener<String>) change -> showNotices());
        showNotices();
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        EventHandler<Event> activity = event -> model.noteActivity();
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
        model.planInstances(operation, selection).ifPresent(this::confirm);
    }

    @Override
    public void deleteLayer(Layer layer) {
        model.planDeleteLayer(layer).ifPresent(this::confirm);
    }

    @Override
    public void deleteApp(App app) {
        model.planDeleteApp(app).ifPresent(this::confirm);
    }

    @Override
    public void fixGroups(List<GroupDrift> selection, GroupFix fix) {
        model.planFixGroups(selection, fix).ifPresent(this::confirm);
    }

    @Override
    public void restartInstanceStore(List<GroupDrift> selection) {
        model.planRestartInstanceStore(selection).ifPresent(this::confirm);
    }

    @Override
    public void editLayerGroups(Layer layer) {
        model.content().inventory().ifPresent(inventory -> new LayerGroupsDialog(getScene().getWindow(),
                new LayerGroupsViewModel(model.bannerProperty(), layer, List.copyOf(inventory.groupsById().values()),
                        groups -> model.planUpdateLayerGroups(layer, groups).ifPresent(this::confirm))).show());
    }

    private void confirm(ConfirmationViewModel confirmation) {
        new ConfirmationDialog(getScene().getWindow(), confirmation).show();
    }

    private void openArmDialog() {
        if (model.armableProperty().get() && model.bannerProperty().get() != null) {
            new ArmDialog(getScene().getWindow(), new ArmViewModel(model.bannerProperty(), model::arm)).show();
        }
    }

    /** Instances seen earlier and gone now, with a way to see who removed them. */
    private HBox missingBar() {
        Label text = new Label();
        text.setId("missingText");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(UiIcon.ALERT_OCTAGON));
        MenuButton who = new MenuButton("Who did it?");
        who.setId("missingWho");
        who.setMinWidth(Region.USE_PREF_SIZE);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("missingDismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(event -> model.dismissMissing());
        HBox bar = new HBox(10, text, who, dismiss);
        bar.setId("missingBar");
        bar.getStyleClass().addAll("notice", "missing-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        model.missingProperty().addListener((obs, old, gone) -> {
            bar.setVisible(gone != null);
            bar.setManaged(gone != null);
            text.setText(gone == null ? "" : gone.sentence());
            who.getItems().clear();
            if (gone != null) {
                for (var instance : gone.gone()) {
                    MenuItem item = new MenuItem(instance.hostname() + " (" + instance.id() + ")");
                    item.setOnAction(event -> model.timelineOf(instance)
                            .ifPresent(timeline -> TimelineWindow.show(getScene().getWindow(), timeline)));
                    who.getItems().add(item);
                }
            }
        });
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    @Override
    public void history(Instance instance) {
        model.timelineOf(instance).ifPresent(timeline -> TimelineWindow.show(getScene().getWindow(), timeline));
    }

    /** After a layer's groups changed: who did not get it, and a way straight into fixing them. */
    private HBox impactBar() {
        Label text = new Label();
        text.setId("impactText");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(UiIcon.ALERT_OUTLINE));
        Button fix = new Button("Fix them now\u2026");
        fix.setId("impactFix");
        fix.setOnAction(event -> model.planFixImpact().ifPresent(this::confirm));
        Button dismiss = new Button("Dismiss");
        dismiss.setId("impactDismiss");
        dismiss.setOnAction(event -> model.dismissImpact());
        fix.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, text, fix, dismiss);
        bar.setId("impactBar");
        bar.getStyleClass().add("notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        model.impactProperty().addListener((obs, old, impact) -> {
            bar.setVisible(impact != null);
            bar.setManaged(impact != null);
            text.setText(impact == null ? "" : impact.text());
            fix.setVisible(impact != null && impact.pendingInstances() > 0);
            if (impact != null) {
                content.selectTab(3);
            }
        });
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    private HBox toolbar() {
        Button refresh = new Button("Refresh", new FontIcon(UiIcon.REFRESH));
        refresh.setId("refreshButton");
        LazyTooltips.install(refresh, "Read the account again (F5 or Ctrl+R)");
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.status().loadingProperty());
        Button arm = new Button("Arm\u2026", new FontIcon(UiIcon.ALERT_OCTAGON));
        arm.setId("armButton");
        LazyTooltips.install(arm, "Allow changes to this production-like stack for a while, with a reason (Ctrl+Shift+A)");
        arm.setOnAction(event -> openArmDialog());
        Button disarm = new Button("Disarm", new FontIcon(UiIcon.LOCK));
        disarm.setId("disarmButton");
        disarm.setOnAction(event -> model.disarm());
        var armed = Bindings.createBooleanBinding(() -> model.bannerProperty().get() != null
                && model.bannerProperty().get().mode() == Mode.ARMED, model.bannerProperty());
        arm.visibleProperty().bind(model.armableProperty().and(armed.not()));
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
        stackList.setItems(model.stacks());
        stackList.setCellFactory(list -> new StackListCell());
        stackList.setMinWidth(200);
        Label empty = new Label("No stacks yet.");
        stackList.setPlaceholder(empty);
        stackList.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && !entry.equals(model.selectedStackProperty().get())) {
                model.select(entry);
            }
        });
        model.selectedStackProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                stackList.getSelectionModel().clearSelection();
            } else if (!entry.equals(stackList.getSelectionModel().getSelectedItem())) {
                stackList.getSelectionModel().select(entry);
            }
        });
        MenuItem deleteStack = new MenuItem("Delete stack\u2026", new FontIcon(UiIcon.DELETE_OUTLINE));
        deleteStack.setId("deleteStackItem");
        deleteStack.setOnAction(event -> model.planDeleteStack().ifPresent(this::confirm));
        stackList.setContextMenu(new ContextMenu(deleteStack));
        SplitPane split = new SplitPane(stackList, content);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(stackList, false);
        return split;
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.status().loadingProperty());
        progress.managedProperty().bind(model.status().loadingProperty());
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(model.status().textProperty());
        status.graphicProperty().bind(Bindings.createObjectBinding(
                () -> model.status().kindProperty().get() == StatusLine.Kind.ERROR
                        ? new FontIcon(UiIcon.ALERT_CIRCLE_OUTLINE) : null,
                model.status().kindProperty()));
        model.status().kindProperty().addListener((obs, old, kind) -> {
            status.getStyleClass().remove("status-error");
            if (kind == StatusLine.Kind.ERROR) {
                status.getStyleClass().add("status-error");
            }
        });
        HBox bar = new HBox(10, progress, status);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void showNotices() {
        notices.getChildren().clear();
        for (String notice : model.notices()) {
            Label label = new Label(notice, new FontIcon(UiIcon.ALERT_OUTLINE));
            label.getStyleClass().add("notice");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            notices.getChildren().add(label);
        }
    }

    private void installShortcuts() {
        var accelerators = getScene().getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F5), model::refresh);
        accelerators.put(new KeyCodeCombination(KeyCode.F1), this::openAbout);
        accelerators.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), model::refresh);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), stackList::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(0));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(1));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(2));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(3));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(4));
        accelerators.put(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::openArmDialog);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::openAuditLog);
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                connect);
    }

    private void openAbout() {
        AppContext app = model.app();
        new AboutDialog(getScene().getWindow(), new AboutFacts(app.account().description(),
                app.directories().settingsFile(), app.auditLog().file(), app.directories().railsLinksFile(),
                app.directories().logFile())).show();
    }

    private void openAuditLog() {
        AuditWindow.show(getScene().getWindow(), model.app().auditLog(), model.runner());
    }

    /** Where keyboard focus starts: the stack list, so arrows move between stacks at once. */
    public void focusStackList() {
        stackList.requestFocus();
    }
}
