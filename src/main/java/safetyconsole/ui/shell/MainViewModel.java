package safetyconsole.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Stack;
import safetyconsole.context.BannerModel;
import safetyconsole.context.Mode;
import safetyconsole.context.StackContext;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.stacks.StackContentViewModel;

/**
 * The main window's state: the account's stacks, the selected one and its banner, the status line and
 * notices. Selecting a stack changes banner and title at once; its contents load in the background, and a
 * load that finishes after the user moved on is dropped.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** Whether the status line reports progress or a failure. */
    public enum StatusKind { INFO, ERROR }

    private record AccountOverview(CallerIdentity caller, Optional<String> alias, List<Stack> stacks) {
    }

    private final CloudAccount account;
    private final StackContext context;
    private final InventoryLoader loader;
    private final TaskRunner runner;
    private final List<String> startupNotices;

    private final ObservableList<StackEntry> stacks = FXCollections.observableArrayList();
    private final ObservableList<StackEntry> readOnlyStacks = FXCollections.unmodifiableObservableList(stacks);
    private final ReadOnlyObjectWrapper<StackEntry> selectedStack = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BannerModel> banner = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(BannerModel.APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.INFO);
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyNotices = FXCollections.unmodifiableObservableList(notices);
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final StackContentViewModel content = new StackContentViewModel();

    private AccountOverview overview;
    private long loadGeneration;

    public MainViewModel(CloudAccount account, StackContext context, InventoryLoader loader, TaskRunner runner,
                         List<String> startupNotices) {
        this.account = account;
        this.context = context;
        this.loader = loader;
        this.runner = runner;
        this.startupNotices = List.copyOf(startupNotices);
        loading.bind(Bindings.greaterThan(running, 0));
        notices.setAll(startupNotices);
    }

    /** Reads the account's stacks again and reloads the selected stack (F5 / Ctrl+R). */
    public void refresh() {
        String keepId = selectedStack.get() == null ? null : selectedStack.get().id();
        begin("Loading stacks from " + account.description() + "\u2026");
        runner.run("Load stacks",
                () -> new AccountOverview(account.callerIdentity(), account.accountAlias(), account.describeStacks()),
                loaded -> {
                    end();
                    overview = loaded;
                    List<StackEntry> entries = loaded.stacks().stream()
                            .map(stack -> new StackEntry(stack, context.classify(stack), context.colorOf(stack)))
                            .sorted(Comparator.comparing(entry -> entry.name().toLowerCase()))
                            .collect(Collectors.toList());
                    stacks.setAll(entries);
                    Optional<StackEntry> keep = entries.stream().filter(e -> e.id().equals(keepId)).findFirst();
                    Optional<StackEntry> next = keep.or(() -> entries.stream().findFirst());
                    next.ifPresentOrElse(this::load, this::selectNothing);
                    if (entries.isEmpty()) {
                        info("This account has no OpsWorks stacks in " + account.endpointRegion() + ".");
                    }
                },
                error -> {
                    end();
                    fail("Could not load the stacks", error);
                });
    }

    /** Chooses a stack: banner, title and notices change now; its contents follow from the background. */
    public void select(StackEntry entry) {
        Objects.requireNonNull(entry, "entry");
        StackEntry current = selectedStack.get();
        if (current != null && current.equals(entry)) {
            return;
        }
        load(entry);
    }

    private void load(StackEntry entry) {
        selectedStack.set(entry);
        BannerModel model = context.banner(entry.stack(), overview.caller(), overview.alias(), Mode.READ_ONLY);
        banner.set(model);
        windowTitle.set(model.windowTitle());
        List<String> current = new ArrayList<>(startupNotices);
        model.colorProblem().ifPresent(current::add);
        notices.setAll(current);

        String name = entry.name();
        content.clear("Loading " + name + "\u2026");
        long generation = ++loadGeneration;
        begin("Loading " + name + "\u2026");
        runner.run("Load " + name, () -> loader.load(entry.stack()),
                (StackInventory inventory) -> {
                    end();
                    if (generation == loadGeneration) {
                        content.show(inventory);
                        info(name + ": " + count(inventory.instances().size(), "instance") + ", "
                                + count(inventory.layers().size(), "layer") + ", "
                                + count(inventory.apps().size(), "app") + " \u00b7 loaded at "
                                + TIME.format(inventory.loadedAt()));
                    }
                },
                error -> {
                    end();
                    if (generation == loadGeneration) {
                        content.clear("Could not load " + name + ".");
                        fail("Could not load " + name, error);
                    }
                });
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void selectNothing() {
        selectedStack.set(null);
        banner.set(null);
        windowTitle.set(BannerModel.APP_NAME);
        content.clear("Select a stack.");
    }

    /** For failures that reach the fallback handler: the sentence here, the trace in the log (already written). */
    public void showUnexpected(Throwable error) {
        status.set(ErrorMessages.sentence(error));
        statusKind.set(StatusKind.ERROR);
    }

    private void begin(String message) {
        running.set(running.get() + 1);
        info(message);
    }

    private void end() {
        running.set(running.get() - 1);
    }

    private void info(String message) {
        status.set(message);
        statusKind.set(StatusKind.INFO);
    }

    private void fail(String what, Throwable error) {
        LOG.warn("{} ({})", what, account.description(), error);
        status.set(what + ". " + ErrorMessages.sentence(error));
        statusKind.set(StatusKind.ERROR);
    }

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

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<String> notices() {
        return readOnlyNotices;
    }

    public StackContentViewModel content() {
        return content;
    }

    public String sourceDescription() {
        return account.description();
    }
}
