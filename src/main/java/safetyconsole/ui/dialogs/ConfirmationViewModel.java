package safetyconsole.ui.dialogs;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.context.BannerModel;
import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.Guard;
import safetyconsole.guard.GuardRefusedException;
import safetyconsole.guard.InstanceOption;
import safetyconsole.guard.InstanceOptions;
import safetyconsole.guard.Plan;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;

/**
 * The typed-confirmation dialog's state. Confirm is possible only while the typed text equals the stack name
 * exactly and nothing is running; toggling an option re-plans, so the consequences shown are always those of
 * what will run. The guard checks everything again; this model only decides what the button allows.
 */
public final class ConfirmationViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmationViewModel.class);

    private final ObservableValue<BannerModel> banner;
    private final Guard guard;
    private final Function<InstanceOptions, Plan> replan;
    private final TaskRunner runner;
    private final Consumer<ExecutionReport> onExecuted;

    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanProperty force = new SimpleBooleanProperty();
    private final BooleanProperty deleteElasticIp = new SimpleBooleanProperty();
    private final BooleanProperty deleteVolumes = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper executing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ExecutionReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> outcomes = FXCollections.observableArrayList();
    private final BooleanBinding canConfirm;
    private final StringBinding hint;

    /** @param banner the live banner of the plan's stack, so mode and countdown stay current in the dialog */
    public ConfirmationViewModel(Plan initial, ObservableValue<BannerModel> banner, Guard guard,
                                 Function<InstanceOptions, Plan> replan, TaskRunner runner,
                                 Consumer<ExecutionReport> onExecuted) {
        this.banner = banner;
        this.guard = guard;
        this.replan = replan;
        this.runner = runner;
        this.onExecuted = onExecuted;
        plan.set(initial);
        canConfirm = Bindings.createBooleanBinding(
                () -> Guard.matches(plan.get(), typed.get()) && !executing.get() && report.get() == null,
                plan, typed, executing, report);
        hint = Bindings.createStringBinding(() -> typed.get().isEmpty() || Guard.matches(plan.get(), typed.get()) ? ""
                : "Not the stack name yet: case, spaces and every character count.", plan, typed);
        force.addListener((obs, old, now) -> replan());
        deleteElasticIp.addListener((obs, old, now) -> replan());
        deleteVolumes.addListener((obs, old, now) -> replan());
    }

    private void replan() {
        if (replan != null && report.get() == null) {
            plan.set(replan.apply(new InstanceOptions(force.get(), deleteElasticIp.get(), deleteVolumes.get())));
        }
    }

    /** Runs the plan through the guard, in the background; does nothing unless confirming is allowed. */
    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        executing.set(true);
        message.set("Checking that nothing changed, then carrying out\u2026");
        Plan confirmed = plan.get();
        String text = typed.get();
        runner.run(confirmed.title(), () -> guard.execute(confirmed, text),
                (ExecutionReport done) -> {
                    executing.set(false);
                    report.set(done);
                    message.set(ExecutionSummary.sentence(done));
                    done.outcomes().forEach(o -> outcomes.add(ExecutionSummary.line(o)));
                    onExecuted.accept(done);
                },
                error -> {
                    executing.set(false);
                    if (error instanceof GuardRefusedException) {
                        message.set(error.getMessage());
                    } else {
                        // The guard throws only before the plan's first call; after it, every failure is in a report.
                        LOG.warn("Executing {} failed before any change", confirmed.title(), error);
                        message.set("Nothing was changed. " + ErrorMessages.sentence(error));
                    }
                });
    }

    /** The plan's operation decides, from its targets. */
    public boolean offersForce() {
        return plan.get().offeredOptions().contains(InstanceOption.FORCE);
    }

    public boolean offersDeleteElasticIp() {
        return plan.get().offeredOptions().contains(InstanceOption.DELETE_ELASTIC_IP);
    }

    public boolean offersDeleteVolumes() {
        return plan.get().offeredOptions().contains(InstanceOption.DELETE_VOLUMES);
    }

    public boolean succeeded() {
        return report.get() != null && report.get().status() == ExecutionReport.Status.DONE;
    }

    public ObservableValue<BannerModel> banner() {
        return banner;
    }

    public String stackName() {
        return plan.get().stack().name();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanProperty forceProperty() {
        return force;
    }

    public BooleanProperty deleteElasticIpProperty() {
        return deleteElasticIp;
    }

    public BooleanProperty deleteVolumesProperty() {
        return deleteVolumes;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    /** Why the button is still disabled while something is typed. */
    public StringBinding hintProperty() {
        return hint;
    }

    public ReadOnlyBooleanProperty executingProperty() {
        return executing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExecutionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<String> outcomes() {
        return outcomes;
    }
}
