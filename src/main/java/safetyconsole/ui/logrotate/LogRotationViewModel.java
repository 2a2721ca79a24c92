package safetyconsole.ui.logrotate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Stack;
import safetyconsole.inventory.StackInventory;
import safetyconsole.logrotate.AppLogCheck;
import safetyconsole.logrotate.LogRotationCheck;
import safetyconsole.logrotate.RailsLinks;
import safetyconsole.logrotate.RailsSource;
import safetyconsole.ui.common.NewestResult;
import safetyconsole.ui.common.TaskRunner;

/**
 * The log rotation screen of the selected stack: one check per Rails app, run in the background (it reads
 * files), and linking an app to its Rails code, remembered for next time.
 */
public final class LogRotationViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LogRotationViewModel.class);

    /** Where an app's Rails code is: what the operator linked, else code the console has of its own. */
    @FunctionalInterface
    public interface RailsCode {
        Optional<RailsSource> of(String accountId, Stack stack, App app);
    }

    private final RailsLinks links;
    private final RailsCode railsCode;
    private final TaskRunner runner;
    private final NewestResult checksOfStack;
    private final ObservableList<AppLogCheck> checks = FXCollections.observableArrayList();
    private final ObjectProperty<AppLogCheck> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select a stack.");
    private StackInventory inventory;
    private String accountId;

    public LogRotationViewModel(RailsLinks links, RailsCode railsCode, TaskRunner runner) {
        this.links = links;
        this.railsCode = railsCode;
        this.runner = runner;
        this.checksOfStack = new NewestResult(runner);
    }

    public void show(StackInventory loaded, String account) {
        inventory = loaded;
        accountId = account;
        recheck(null);
    }

    public void clear(String why) {
        inventory = null;
        checksOfStack.forget();
        checks.clear();
        selected.set(null);
        message.set(why);
    }

    /** Remembers that {@code target}'s code is the checkout at {@code root}, then checks again. */
    public void linkCheckout(App target, Path root) {
        link(target, new RailsLinks.Link(RailsLinks.Link.Kind.CHECKOUT, root));
    }

    /** Remembers one opened environment file as {@code target}'s code, then checks again. */
    public void linkFile(App target, Path file) {
        link(target, new RailsLinks.Link(RailsLinks.Link.Kind.FILE, file));
    }

    public void unlink(App target) {
        save(target, () -> links.remove(accountId, target));
    }

    private void link(App target, RailsLinks.Link link) {
        save(target, () -> links.set(accountId, target, link));
    }

    /** Writes the links file in the background, then checks again with what was saved. */
    private void save(App target, LinksChange change) {
        runner.run("Save the Rails links", () -> {
            change.apply();
            return target;
        }, this::recheck, error -> {
            LOG.warn("Cannot save the Rails links", error);
            message.set("The link could not be saved: " + error.getMessage() + ".");
        });
    }

    @FunctionalInterface
    private interface LinksChange {
        void apply() throws IOException;
    }

    private void recheck(App keepSelected) {
        if (inventory == null) {
            return;
        }
        StackInventory current = inventory;
        message.set("Reading the Rails code\u2026");
        checksOfStack.run("Check log rotation", () -> LogRotationCheck.check(current,
                        a -> railsCode.of(accountId, current.stack(), a)),
                (List<AppLogCheck> results) -> {
                    checks.setAll(results);
                    message.set(summary(current, results));
                    String keepId = keepSelected == null ? null : keepSelected.id();
                    selected.set(results.stream().filter(c -> c.app().id().equals(keepId)).findFirst()
                            .or(() -> results.stream().findFirst()).orElse(null));
                },
                error -> {
                    LOG.warn("Log rotation check failed", error);
                    message.set("The check failed; the details are in the log.");
                });
    }

    static String summary(StackInventory inventory, List<AppLogCheck> results) {
        if (results.isEmpty()) {
            return inventory.stack().name() + " has no Rails App Server layer with Rails apps: nothing to check.";
        }
        long conflicts = results.stream().filter(c -> c.status() == AppLogCheck.Status.CONFLICT).count();
        long unchecked = results.stream().filter(c -> c.status() == AppLogCheck.Status.NOT_CHECKED).count();
        if (conflicts == 0 && unchecked == 0) {
            return "No Rails app rotates its own logs: OpsWorks' logrotate is the only rotation.";
        }
        String notChecked = unchecked + " app" + (unchecked == 1 ? "" : "s") + " not checked (no Rails code linked"
                + " or readable)";
        if (conflicts == 0) {
            return "No double rotation found so far; " + notChecked + ".";
        }
        return conflicts + " app" + (conflicts == 1 ? "" : "s") + " rotate" + (conflicts == 1 ? "s" : "")
                + " logs twice" + (unchecked == 0 ? "." : "; " + notChecked + ".");
    }

    public ObservableList<AppLogCheck> checks() {
        return checks;
    }

    public ObjectProperty<AppLogCheck> selectedProperty() {
        return selected;
    }

    public Optional<AppLogCheck> selected() {
        return Optional.ofNullable(selected.get());
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
