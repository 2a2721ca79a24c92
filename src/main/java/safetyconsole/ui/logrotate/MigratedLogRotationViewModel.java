package safetyconsole.ui.logrotate;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import safetyconsole.logrotate.MigratedLogCheck;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.NewestResult;
import safetyconsole.ui.common.TaskRunner;

/**
 * Log rotation of the selected migrated stack: each Rails app's verdict, read in the background when the stack
 * is shown; the answer for a stack no longer shown is dropped.
 */
public final class MigratedLogRotationViewModel {

    private final Function<ScalingStackInventory, MigratedLogRotation> check;
    private final NewestResult checks;
    private final ObservableList<MigratedLogCheck> apps = FXCollections.observableArrayList();
    private final ObjectProperty<MigratedLogCheck> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select a stack.");
    private ScalingStackInventory shown;

    public MigratedLogRotationViewModel(Function<ScalingStackInventory, MigratedLogRotation> check,
                                        TaskRunner runner) {
        this.check = check;
        this.checks = new NewestResult(runner);
    }

    public void show(ScalingStackInventory inventory) {
        shown = inventory;
        apps.clear();
        selected.set(null);
        message.set("Reading where " + inventory.stack().name() + " rotates its logs\u2026");
        checks.run("Check log rotation", () -> check.apply(inventory), this::showResult,
                error -> message.set("Log rotation could not be checked: " + ErrorMessages.sentence(error)));
    }

    private void showResult(MigratedLogRotation result) {
        apps.setAll(result.apps());
        if (result.apps().isEmpty()) {
            message.set("No Rails app is known for this stack: no OpsWorks stack to take its apps from and no"
                    + " logrotate stanza under /srv/www/." + (result.os().notRead().isEmpty() ? ""
                    : " " + String.join(" ", result.os().notRead())));
            return;
        }
        long findings = result.apps().stream().filter(app -> app.verdict() != MigratedLogCheck.Verdict.CLEAN)
                .count();
        message.set(findings == 0 ? "Each app's log is rotated once." : findings + " of " + result.apps().size()
                + " apps need a look.");
        selected.set(result.apps().get(0));
    }

    /** Checks the shown stack again when it is {@code stackId} (a look on one of its instances came back). */
    public void recheck(String stackId) {
        if (shown != null && shown.stack().id().equals(stackId)) {
            show(shown);
        }
    }

    public void clear(String why) {
        shown = null;
        checks.forget();
        apps.clear();
        selected.set(null);
        message.set(why);
    }

    public ObservableList<MigratedLogCheck> apps() {
        return apps;
    }

    public ObjectProperty<MigratedLogCheck> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
