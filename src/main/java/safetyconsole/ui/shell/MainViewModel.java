package safetyconsole.ui.shell;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import safetyconsole.AppContext;
import safetyconsole.cloud.App;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.Stack;
import safetyconsole.context.BannerModel;
import safetyconsole.context.Environment;
import safetyconsole.context.Mode;
import safetyconsole.guard.Arming;
import safetyconsole.drift.GroupDrift;
import safetyconsole.guard.DeleteStack;
import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.GroupFix;
import safetyconsole.guard.GuardRefusedException;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.guard.InstanceOptions;
import safetyconsole.guard.Plan;
import safetyconsole.guard.PlanRefusedException;
import safetyconsole.guard.PlanTarget;
import safetyconsole.guard.UpdateLayerGroups;
import safetyconsole.attribution.AttributionTarget;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.inventory.Sighting;
import safetyconsole.inventory.StackInventory;
import safetyconsole.ui.attribution.TimelineViewModel;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.NewestResult;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.dialogs.ConfirmationViewModel;
import safetyconsole.ui.dialogs.ExecutionSummary;
import safetyconsole.ui.logrotate.LogRotationViewModel;
import safetyconsole.ui.stacks.StackContentViewModel;

/**
 * The main window's state: the account's stacks, the selected one and its banner, the mode (read-only,
 * armed with a countdown, unlocked), the status line and notices. Selecting a stack changes banner and title
 * at once and disarms; its contents load in the background, and a load that finishes after the user moved on
 * is dropped. Actions become plans here and go to a confirmation dialog; nothing here mutates.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private record AccountOverview(CallerIdentity caller, Optional<String> alias, List<Stack> stacks) {
    }

    /** A stack's contents, and which instances seen earlier are gone from them. */
    private record Loaded(StackInventory inventory, MissingInstances missing) {
    }

    private final AppContext app;
    private final TaskRunner runner;

    private final ObservableList<StackEntry> stacks = FXCollections.observableArrayList();
    private final ObservableList<StackEntry> readOnlyStacks = FXCollections.unmodifiableObservableList(stacks);
    private final ReadOnlyObjectWrapper<StackEntry> selectedStack = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BannerModel> banner = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(BannerModel.APP_NAME);
    private final StatusLine status = new StatusLine();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyNotices = FXCollections.unmodifiableObservableList(notices);
    private final ReadOnlyBooleanWrapper changesAllowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper armable = new ReadOnlyBooleanWrapper();
    private final StackContentViewModel content;
    private final LogRotationViewModel logRotation;

    /** The impact of a layer group change on the layer's running instances, shown until dismissed. */
    public record LayerImpact(String layerId, int pendingInstances, String text) {
    }

    private final ReadOnlyObjectWrapper<LayerImpact> impact = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MissingInstances> missing = new ReadOnlyObjectWrapper<>();
    private PlanTarget awaitingImpact;
    private AccountOverview overview;
    private BannerModel baseBanner;
    private final NewestResult loads;

    public MainViewModel(AppContext app, TaskRunner runner) {
        this.app = app;
        this.runner = runner;
        this.loads = new NewestResult(runner);
        this.content = new StackContentViewModel(runner);
        this.logRotation = new LogRotationViewModel(app, runner);
        notices.setAll(startupNotices());
    }

    /** Reads the account's stacks again and reloads the selected stack (F5 / Ctrl+R). */
    public void refresh() {
        String keepId = selectedStack.get() == null ? null : selectedStack.get().id();
        status.begin("Loading stacks from " + app.account().description() + "\u2026");
        runner.run("Load stacks",
                () -> new AccountOverview(app.account().callerIdentity(), app.account().accountAlias(),
                        app.account().describeStacks()),
                loaded -> {
                    status.end();
                    overview = loaded;
                    List<StackEntry> entries = loaded.stacks().stream()
                            .map(stack -> new StackEntry(stack, app.stackContext().classify(stack),
                                    app.stackContext().colorOf(stack)))
                            .sorted(Comparator.comparing(entry -> entry.name().toLowerCase(Locale.ROOT)))
                            .collect(Collectors.toList());
                    stacks.setAll(entries);
                    Optional<StackEntry> keep = entries.stream().filter(e -> e.id().equals(keepId)).findFirst();
                    Optional<StackEntry> next = keep.or(() -> entries.stream().findFirst());
                    next.ifPresentOrElse(entry -> load(entry, keep.isPresent()), this::selectNothing);
                    if (entries.isEmpty()) {
                        status.info("This account has no OpsWorks stacks in " + app.account().endpointRegion() + ".");
                    }
                },
                error -> {
                    status.end();
                    fail("Could not load the stacks", error);
                });
    }

    /** Chooses a stack: banner, title, mode and notices change now; its contents follow from the background. */
    public void select(StackEntry entry) {
        Objects.requireNonNull(entry, "entry");
        StackEntry current = selectedStack.get();
        if (current != null && current.equals(entry)) {
            return;
        }
        load(entry, false);
    }

    /** @param sameStack a refresh of the stack already shown: arming survives it */
    private void load(StackEntry entry, boolean sameStack) {
        if (!sameStack) {
            app.arming().disarm();
            impact.set(null);
            missing.set(null);
        }
        selectedStack.set(entry);
        baseBanner = app.stackContext().banner(entry.stack(), overview.caller(), overview.alias(), Mode.READ_ONLY);
        showMode();
        windowTitle.set(baseBanner.windowTitle());
        List<String> current = new ArrayList<>(startupNotices());
        baseBanner.colorProblem().ifPresent(current::add);
        notices.setAll(current);
        reloadContents(entry, null);
    }

    /** What could not be used of the files read at start: the settings, the remembered Rails links. */
    private List<String> startupNotices() {
        List<String> out = new ArrayList<>(app.settings().problems());
        app.railsLinks().problem().ifPresent(out::add);
        return out;
    }

    /** @param outcome a result sentence that must stay in the status line after the reload, or null */
    private void reloadContents(StackEntry entry, ExecutionReport outcome) {
        String name = entry.name();
        content.clear("Loading " + name + "\u2026");
        logRotation.clear("Loading " + name + "\u2026");
        String accountId = overview.caller().accountId();
        status.begin("Loading " + name + "\u2026");
        // The history is compared and saved (a file, for a real account) with the load, off the FX thread.
        loads.run("Load " + name, () -> {
            StackInventory loaded = app.inventoryLoader().load(entry.stack());
            return new Loaded(loaded, app.inventoryHistory().record(accountId, loaded));
        }, status::end, result -> show(name, result, accountId, outcome), error -> {
            content.clear("Could not load " + name + ".");
            logRotation.clear("Could not load " + name + ".");
            fail("Could not load " + name, error);
        });
    }

    private void show(String name, Loaded result, String accountId, ExecutionReport outcome) {
        StackInventory inventory = result.inventory();
        content.show(inventory);
        logRotation.show(inventory, accountId);
        missing.set(result.missing().isEmpty() ? null : result.missing());
        if (outcome == null) {
            String loaded = name + ": " + count(inventory.instances().size(), "instance") + ", "
                    + count(inventory.layers().size(), "layer") + ", "
                    + count(inventory.apps().size(), "app") + " \u00b7 loaded at "
                    + TIME.format(inventory.loadedAt());
            Optional<String> partial = partialRead(inventory);
            if (partial.isPresent()) {
                status.error(loaded + ". " + partial.get());
            } else {
                status.info(loaded);
            }
        } else {
            report(outcome);
        }
        showImpact();
    }

    // --- arming --------------------------------------------------------------------------------

    /** Arms the selected stack for a limited time; the reason goes into every audit entry made while armed. */
    public void arm(String reason) {
        StackEntry entry = selectedStack.get();
        if (entry == null || !armable.get()) {
            return;
        }
        try {
            app.arming().arm(entry.stack(), reason);
            status.info(entry.name() + " is armed for " + Arming.DEFAULT_LENGTH.toMinutes()
                    + " minutes; it disarms when the time is up, after " + Arming.DEFAULT_IDLE_LIMIT.toMinutes()
                    + " idle minutes, or when you switch stacks.");
        } catch (GuardRefusedException e) {
            status.error(e.getMessage());
        }
        showMode();
    }

    public void disarm() {
        app.arming().disarm();
        showMode();
        if (selectedStack.get() != null) {
            status.info(selectedStack.get().name() + " is read-only again.");
        }
    }

    /** Once a second: the countdown, and the moment an arming lapses. */
    public void tick() {
        Mode before = banner.get() == null ? null : banner.get().mode();
        showMode();
        if (before == Mode.ARMED && banner.get() != null && banner.get().mode() == Mode.READ_ONLY) {
            status.info(selectedStack.get().name() + " is read-only again: " + (app.arming().lastEnding() == Arming.Ending.IDLE
                    ? "no activity for " + Arming.DEFAULT_IDLE_LIMIT.toMinutes() + " minutes."
                    : "the armed time is up."));
        }
    }

    /** A key or click in the window: the idle limit starts again. */
    public void noteActivity() {
        app.arming().touch();
    }

    private void showMode() {
        StackEntry entry = selectedStack.get();
        if (entry == null || baseBanner == null) {
            banner.set(null);
            changesAllowed.set(false);
            armable.set(false);
            return;
        }
        boolean writable = app.guard().isPresent();
        Environment environment = entry.classification().environment();
        Mode mode = writable ? app.arming().mode(entry.id(), environment) : Mode.READ_ONLY;
        Duration remaining = mode == Mode.ARMED ? app.arming().remaining(entry.id()) : Duration.ZERO;
        banner.set(baseBanner.withMode(mode, remaining));
        changesAllowed.set(mode != Mode.READ_ONLY);
        armable.set(writable && environment.productionLike());
    }

    // --- actions -------------------------------------------------------------------------------

    /** A plan for the selected instances, in a dialog's model; empty (with a sentence in the status) if refused. */
    public Optional<ConfirmationViewModel> planInstances(InstanceOperation operation, List<Instance> selection) {
        return planned(inventory -> app.planner().instances(inventory, classification(), selection, operation,
                InstanceOptions.NONE), options -> inventory -> app.planner().instances(inventory, classification(),
                selection, operation, options));
    }

    public Optional<ConfirmationViewModel> planDeleteLayer(Layer layer) {
        return planned(inventory -> app.planner().deleteLayer(inventory, classification(), layer), null);
    }

    public Optional<ConfirmationViewModel> planDeleteApp(App appToDelete) {
        return planned(inventory -> app.planner().deleteApp(inventory, classification(), appToDelete), null);
    }

    public Optional<ConfirmationViewModel> planDeleteStack() {
        return planned(inventory -> app.planner().deleteStack(inventory, classification()), null);
    }

    public Optional<ConfirmationViewModel> planFixGroups(List<GroupDrift> selection, GroupFix fix) {
        return planned(inventory -> app.planner().fixGroups(inventory, classification(), selection, fix), null);
    }

    public Optional<ConfirmationViewModel> planRestartInstanceStore(List<GroupDrift> selection) {
        return planned(inventory -> app.planner().restartInstanceStore(inventory, classification(), selection), null);
    }

    public Optional<ConfirmationViewModel> planUpdateLayerGroups(Layer layer, List<String> groupIds) {
        return planned(inventory -> app.planner().updateLayerGroups(inventory, classification(), layer, groupIds), null);
    }

    /** "Fix them now" from the impact notice: a plan adding the missing groups to the layer's pending instances. */
    public Optional<ConfirmationViewModel> planFixImpact() {
        LayerImpact current = impact.get();
        if (current == null) {
            return Optional.empty();
        }
        impact.set(null);
        return planFixGroups(content.drift().pendingIn(current.layerId()), GroupFix.ADD_MISSING);
    }

    public void dismissImpact() {
        impact.set(null);
    }

    /** The operator has seen that these instances are gone: stop reporting them. */
    public void dismissMissing() {
        StackEntry entry = selectedStack.get();
        if (entry != null && overview != null) {
            String accountId = overview.caller().accountId();
            // The history file is written in the background; the bar goes at once.
            runner.run("Dismiss the missing instances", () -> {
                app.inventoryHistory().dismiss(accountId, entry.id());
                return entry;
            }, dismissed -> { }, error -> fail("Dismissing the missing instances", error));
        }
        missing.set(null);
    }

    /** Who changed (or removed) an instance seen earlier: its timeline. */
    public Optional<TimelineViewModel> timelineOf(Sighting.SeenInstance gone) {
        return timeline(gone.id(), gone.ec2InstanceId(), gone.hostname());
    }

    /** Who changed an instance that is there now. */
    public Optional<TimelineViewModel> timelineOf(Instance instance) {
        return timeline(instance.id(), instance.ec2InstanceId(), instance.hostname());
    }

    private Optional<TimelineViewModel> timeline(String opsworksId, String ec2Id, String hostname) {
        StackEntry entry = selectedStack.get();
        if (entry == null) {
            return Optional.empty();
        }
        if (ec2Id == null) {
            status.error(hostname + " has had no EC2 instance since the console saw it, so CloudTrail has nothing on it.");
            return Optional.empty();
        }
        return Optional.of(new TimelineViewModel(new AttributionTarget(opsworksId, ec2Id, hostname,
                entry.stack().region()), app.account(), app.auditLog(), runner, app.clock().instant()));
    }

    private Optional<ConfirmationViewModel> planned(Function<StackInventory, Plan> planner,
                                                    Function<InstanceOptions, Function<StackInventory, Plan>> replanner) {
        Optional<StackInventory> inventory = content.inventory();
        if (app.guard().isEmpty()) {
            status.error("This source is read-only; nothing in it can be changed from the console.");
            return Optional.empty();
        }
        if (inventory.isEmpty() || banner.get() == null) {
            status.error("Wait until the stack has loaded.");
            return Optional.empty();
        }
        if (banner.get().mode() == Mode.READ_ONLY) {
            status.error(banner.get().stackName() + " is " + banner.get().environment().label()
                    + " and read-only: arm it first (Arm\u2026, Ctrl+Shift+A), with a reason.");
            return Optional.empty();
        }
        try {
            Plan plan = planner.apply(inventory.get());
            Function<InstanceOptions, Plan> withOptions = replanner == null ? null
                    : options -> replanner.apply(options).apply(inventory.get());
            return Optional.of(new ConfirmationViewModel(plan, bannerProperty(), app.guard().get(), withOptions, runner,
                    this::executed));
        } catch (PlanRefusedException e) {
            status.error(e.getMessage());
            return Optional.empty();
        }
    }

    /** After a confirmed plan ran (or was aborted): say what happened and read the stack again. */
    void executed(ExecutionReport report) {
        if (report.plan().operation() == UpdateLayerGroups.UPDATE_LAYER_GROUPS
                && report.status() == ExecutionReport.Status.DONE) {
            awaitingImpact = report.plan().targets().get(0);
        }
        report(report);
        showMode();
        StackEntry entry = selectedStack.get();
        if (report.plan().operation() == DeleteStack.DELETE_STACK) {
            refresh();
        } else if (entry != null && entry.id().equals(report.plan().stack().id())) {
            reloadContents(entry, report);
        }
    }

    /**
     * After a layer's groups changed: how many running instances of the layer did not get it (OpsWorks never
     * changes them), read from the reloaded stack.
     */
    private void showImpact() {
        if (awaitingImpact == null) {
            return;
        }
        PlanTarget layer = awaitingImpact;
        awaitingImpact = null;
        int pending = content.drift().pendingIn(layer.id()).size();
        impact.set(new LayerImpact(layer.id(), pending, "Layer " + layer.name() + " changed. New instances only \u2014 "
                + (pending == 0 ? "no running instance needs it." : pending + " online instance"
                + (pending == 1 ? "" : "s") + " will not get this change; OpsWorks never changes a running instance.")));
    }

    /** What EC2 could not tell about this stack, in one sentence, if anything. */
    private static Optional<String> partialRead(StackInventory inventory) {
        Optional<safetyconsole.cloud.CloudException.Kind> kind = inventory.ec2Unread().values().stream().findFirst()
                .or(inventory::groupsUnread);
        return kind.map(k -> "EC2 details could not be read" + (inventory.ec2Unread().isEmpty() ? ""
                : " for " + count(inventory.ec2Unread().size(), "instance")) + ": " + ErrorMessages.sentence(k));
    }

    private void report(ExecutionReport report) {
        String summary = ExecutionSummary.sentence(report);
        if (report.status() == ExecutionReport.Status.DONE) {
            status.info(summary);
        } else {
            status.error(summary);
        }
    }

    private safetyconsole.context.Classification classification() {
        return selectedStack.get().classification();
    }

    // --- status --------------------------------------------------------------------------------

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void selectNothing() {
        selectedStack.set(null);
        baseBanner = null;
        showMode();
        windowTitle.set(BannerModel.APP_NAME);
        content.clear("Select a stack.");
        logRotation.clear("Select a stack.");
    }

    /** For failures that reach the fallback handler: the sentence here, the trace in the log (already written). */
    public void showUnexpected(Throwable error) {
        status.error(ErrorMessages.sentence(error));
    }

    private void fail(String what, Throwable error) {
        LOG.warn("{} ({})", what, app.account().description(), error);
        status.error(what + ". " + ErrorMessages.sentence(error));
    }

    // --- properties ----------------------------------------------------------------------------

    public ObservableList<StackEntry> stacks() {
        return readOnlyStacks;
    }

    public ReadOnlyObjectProperty<StackEntry> selectedStackProperty() {
        return selectedStack.getReadOnlyProperty();
    }

    /** Null while no stack is selected. */
    public ReadOnlyObjectProperty<BannerModel> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public StatusLine status() {
        return status;
    }

    /** True while the selected stack may be changed (unlocked, or armed). */
    public ReadOnlyBooleanProperty changesAllowedProperty() {
        return changesAllowed.getReadOnlyProperty();
    }

    /** True when the selected stack is production-like and can be armed. */
    public ReadOnlyBooleanProperty armableProperty() {
        return armable.getReadOnlyProperty();
    }

    /** Null unless instances seen earlier are gone from the selected stack. */
    public ReadOnlyObjectProperty<MissingInstances> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Null unless a layer's groups were just changed. */
    public ReadOnlyObjectProperty<LayerImpact> impactProperty() {
        return impact.getReadOnlyProperty();
    }

    public ObservableList<String> notices() {
        return readOnlyNotices;
    }

    public StackContentViewModel content() {
        return content;
    }

    public LogRotationViewModel logRotation() {
        return logRotation;
    }

    public String sourceDescription() {
        return app.account().description();
    }

    public AppContext app() {
        return app;
    }

    /** For the windows this one opens, so all cloud and file work shares one pool. */
    public TaskRunner runner() {
        return runner;
    }
}
