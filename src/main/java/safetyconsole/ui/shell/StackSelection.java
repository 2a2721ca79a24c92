package safetyconsole.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.context.StackContext;
import safetyconsole.guard.ExecutionReport;
import safetyconsole.inventory.InventoryHistory;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.inventory.StackInventory;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.GoneFromGroup;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.text.Counts;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.NewestResult;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.logrotate.LogRotationViewModel;
import safetyconsole.ui.scaling.ScalingContentViewModel;
import safetyconsole.ui.stacks.StackContentViewModel;

/**
 * The account's stacks and the one selected. Selecting a stack tells the {@link Listener} at once; its contents
 * load in the background, and a load that finishes after the user moved on is dropped. An OpsWorks stack loads
 * into the stack content; a migrated one (a CloudFormation stack or an Auto Scaling group) into the scaling
 * content, and the other side is cleared with a sentence saying why.
 */
public final class StackSelection {

    private static final Logger LOG = LoggerFactory.getLogger(StackSelection.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** What the window's other parts follow: the banner, the missing-instance bar, the impact notice. */
    interface Listener {
        /** {@code entry} is now selected and its contents are loading; {@code sameStack} for a refresh. */
        void selected(StackEntry entry, CallerIdentity caller, Optional<String> alias, boolean sameStack);

        /** The account has no stack to select. */
        void selectedNothing();

        /** The account's stacks were read; {@code notices}: what it does not offer, in calm sentences. */
        void accountRead(List<String> notices);

        /** The selected OpsWorks stack's contents are shown. */
        void loaded(MissingInstances missing);

        /** The selected migrated stack's contents are shown. */
        void loaded(GroupsGone gone);
    }

    private record AccountOverview(CallerIdentity caller, Optional<String> alias, AccountStacks discovery) {
    }

    /** A stack's contents, and which instances seen earlier are gone from them. */
    private record Loaded(StackInventory inventory, MissingInstances missing) {
    }

    /**
     * A migrated stack's contents, and which instances seen earlier are gone from its groups; {@code goneUnknown}
     * when that could not be told (the contents show all the same).
     */
    private record LoadedScaling(ScalingStackInventory inventory, List<GoneFromGroup> gone,
                                 Optional<RuntimeException> goneUnknown) {
    }

    private final CloudAccount account;
    private final List<String> regions;
    private final StackContext stackContext;
    private final InventoryLoader inventoryLoader;
    private final InventoryHistory inventoryHistory;
    private final StackContentViewModel content;
    private final LogRotationViewModel logRotation;
    private final Function<Stack, ScalingStackInventory> loadScalingStack;
    private final BiFunction<String, ScalingStackInventory, List<GoneFromGroup>> goneFromGroups;
    private final ScalingContentViewModel scaling;
    private final TaskRunner runner;
    private final StatusLine status;
    private final NewestResult loads;

    private final ObservableList<StackEntry> stacks = FXCollections.observableArrayList();
    private final ObservableList<StackEntry> readOnlyStacks = FXCollections.unmodifiableObservableList(stacks);
    private final ReadOnlyObjectWrapper<StackEntry> selectedStack = new ReadOnlyObjectWrapper<>();
    private Listener listener;
    private AccountOverview overview;

    /**
     * @param regions whose migrated stacks are read (empty: the account's endpoint region)
     * @param goneFromGroups records a migrated stack as read (account id, stack) and tells what went from its groups
     */
    StackSelection(CloudAccount account, List<String> regions, StackContext stackContext,
                   InventoryLoader inventoryLoader, InventoryHistory inventoryHistory, StackContentViewModel content,
                   LogRotationViewModel logRotation, Function<Stack, ScalingStackInventory> loadScalingStack,
                   BiFunction<String, ScalingStackInventory, List<GoneFromGroup>> goneFromGroups,
                   ScalingContentViewModel scaling, TaskRunner runner, StatusLine status) {
        this.account = account;
        this.regions = List.copyOf(regions);
        this.stackContext = stackContext;
        this.inventoryLoader = inventoryLoader;
        this.inventoryHistory = inventoryHistory;
        this.content = content;
        this.logRotation = logRotation;
        this.loadScalingStack = loadScalingStack;
        this.goneFromGroups = goneFromGroups;
        this.scaling = scaling;
        this.runner = runner;
        this.status = status;
        this.loads = new NewestResult(runner);
    }

    /** Set once, by the window's model, before the first {@link #refresh}. */
    void listen(Listener onChange) {
        listener = onChange;
    }

    /** Which regions' migrated stacks were read, said only when the user chose other than the account's own. */
    private List<String> regionsRead(AccountStacks read) {
        if (read.regions().equals(List.of(account.endpointRegion()))) {
            return List.of();
        }
        return List.of("Migrated stacks read in " + String.join(", ", read.regions()) + ".");
    }

    /** Reads the account's stacks again and reloads the selected stack (F5 / Ctrl+R). */
    public void refresh() {
        String keepId = selectedStack.get() == null ? null : selectedStack.get().id();
        status.begin("Loading stacks from " + account.description() + "\u2026");
        runner.run("Load stacks",
                () -> new AccountOverview(account.callerIdentity(), account.accountAlias(),
                        AccountStacks.read(account, regions)),
                loaded -> {
                    status.end();
                    overview = loaded;
                    List<ServiceNotice> unavailable = loaded.discovery().notices();
                    List<String> notices = new ArrayList<>(regionsRead(loaded.discovery()));
                    unavailable.stream().map(ErrorMessages::notice).forEach(notices::add);
                    listener.accountRead(notices);
                    List<StackEntry> entries = loaded.discovery().stacks().stream()
                            .map(stack -> new StackEntry(stack, stackContext.classify(stack),
                                    stackContext.colorOf(stack)))
                            .sorted(StackEntry.LIST_ORDER)
                            .toList();
                    stacks.setAll(entries);
                    Optional<StackEntry> keep = entries.stream().filter(e -> e.id().equals(keepId)).findFirst();
                    Optional<StackEntry> next = keep.or(() -> entries.stream().findFirst());
                    next.ifPresentOrElse(entry -> load(entry, keep.isPresent()), this::selectNothing);
                    if (entries.isEmpty() && unavailable.isEmpty()) {
                        status.info("This account has no OpsWorks stacks in " + account.endpointRegion() + ".");
                    }
                },
                error -> {
                    status.end();
                    fail("Could not load the stacks", error);
                });
    }

    /** Chooses a stack: the listener hears of it now; its contents follow from the background. */
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
        selectedStack.set(entry);
        listener.selected(entry, overview.caller(), overview.alias(), sameStack);
        reloadContents(entry, null);
    }

    /** @param outcome a result sentence that must stay in the status line after the reload, or null */
    void reloadContents(StackEntry entry, ExecutionReport outcome) {
        String loading = "Loading " + entry.name() + "\u2026";
        status.begin(loading);
        switch (entry.stack().kind()) {
            case OPSWORKS -> {
                scaling.clear("Not a migrated stack.");
                reloadOpsWorks(entry, loading, outcome);
            }
            case CLOUDFORMATION, AUTO_SCALING_GROUP -> {
                String notHere = entry.name() + " is not an OpsWorks stack: it has no layers, apps or log rotation.";
                content.clear(notHere);
                logRotation.clear(notHere);
                reloadScaling(entry, loading, outcome);
            }
        }
    }

    private void reloadOpsWorks(StackEntry entry, String loading, ExecutionReport outcome) {
        String name = entry.name();
        content.clear(loading);
        logRotation.clear(loading);
        String accountId = overview.caller().accountId();
        // The history is compared and saved (a file, for a real account) with the load, off the FX thread.
        loads.run("Load " + name, () -> {
            StackInventory loaded = inventoryLoader.load(entry.stack());
            return new Loaded(loaded, inventoryHistory.record(accountId, loaded));
        }, status::end, result -> show(name, result, accountId, outcome), error -> {
            content.clear("Could not load " + name + ".");
            logRotation.clear("Could not load " + name + ".");
            fail("Could not load " + name, error);
        });
    }

    private void reloadScaling(StackEntry entry, String loading, ExecutionReport outcome) {
        String name = entry.name();
        scaling.clear(loading);
        String accountId = overview.caller().accountId();
        // What went from the groups is told with the load, off the FX thread: the chains read CloudTrail.
        loads.run("Load " + name, () -> {
            ScalingStackInventory inventory = loadScalingStack.apply(entry.stack());
            try {
                return new LoadedScaling(inventory, goneFromGroups.apply(accountId, inventory), Optional.empty());
            } catch (RuntimeException e) {
                LOG.warn("What went from the groups of {} ({})", name, account.description(), e);
                return new LoadedScaling(inventory, List.of(), Optional.of(e));
            }
        }, status::end, result -> {
            ScalingStackInventory inventory = result.inventory();
            scaling.show(inventory);
            if (outcome == null) {
                int instances = inventory.groups().stream().mapToInt(group -> group.group().instances().size()).sum();
                status.info(name + ": " + count(inventory.groups().size(), "group") + ", "
                        + count(instances, "instance") + " \u00b7 loaded at " + TIME.format(inventory.loadedAt()));
            } else {
                status.report(outcome);
            }
            result.goneUnknown().ifPresent(error -> status.error(name + ": which instances went from its groups"
                    + " could not be told. " + ErrorMessages.sentence(error)));
            listener.loaded(new GroupsGone(name, result.gone()));
        }, error -> {
            scaling.clear("Could not load " + name + ".");
            fail("Could not load " + name, error);
        });
    }

    private void show(String name, Loaded result, String accountId, ExecutionReport outcome) {
        StackInventory inventory = result.inventory();
        content.show(inventory);
        logRotation.show(inventory, accountId);
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
            status.report(outcome);
        }
        listener.loaded(result.missing());
    }

    /** What EC2 could not tell about this stack, in one sentence, if anything. */
    private static Optional<String> partialRead(StackInventory inventory) {
        Optional<CloudException.Kind> kind = inventory.ec2Unread().values().stream().findFirst()
                .or(inventory::groupsUnread);
        return kind.map(k -> "EC2 details could not be read" + (inventory.ec2Unread().isEmpty() ? ""
                : " for " + count(inventory.ec2Unread().size(), "instance")) + ": " + ErrorMessages.sentence(k));
    }

    private static String count(int n, String noun) {
        return Counts.of(n, noun, noun + "s");
    }

    private void selectNothing() {
        loads.forget();
        selectedStack.set(null);
        listener.selectedNothing();
        content.clear("Select a stack.");
        logRotation.clear("Select a stack.");
        scaling.clear("Select a stack.");
    }

    private void fail(String what, Throwable error) {
        LOG.warn("{} ({})", what, account.description(), error);
        status.failed(what, error);
    }

    /** The account the stacks were read from; empty until they have been. */
    Optional<String> accountId() {
        return Optional.ofNullable(overview).map(read -> read.caller().accountId());
    }

    public ObservableList<StackEntry> stacks() {
        return readOnlyStacks;
    }

    public ReadOnlyObjectProperty<StackEntry> selectedStackProperty() {
        return selectedStack.getReadOnlyProperty();
    }

    public StackContentViewModel content() {
        return content;
    }

    public LogRotationViewModel logRotation() {
        return logRotation;
    }

    public ScalingContentViewModel scaling() {
        return scaling;
    }
}
