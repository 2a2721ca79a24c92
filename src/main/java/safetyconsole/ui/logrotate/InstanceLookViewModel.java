package safetyconsole.ui.logrotate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.ScalingChange;
import safetyconsole.guard.ScalingPlan;
import safetyconsole.logrotate.InstanceLogrotateLook;
import safetyconsole.logrotate.LookText;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;

/**
 * The looks on instances the operator ran. Once the guard has sent a look's command, its output is waited for in
 * the background and parsed; the newest look of each stack is kept, shown while that stack is, and handed to
 * whoever weighs it with the stack's log rotation.
 */
public final class InstanceLookViewModel {

    /** Waits for a command's output on its instance and parses it (blocking). */
    @FunctionalInterface
    public interface Reading {
        InstanceLogrotateLook read(String region, String commandId, String instanceId, String logDirectory);
    }

    private final Reading reading;
    private final TaskRunner runner;
    // Read by the log-rotation check in the background, written on the FX thread.
    private final Map<String, InstanceLogrotateLook> byStack = new ConcurrentHashMap<>();
    private final ReadOnlyObjectWrapper<InstanceLogrotateLook> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<String> onLook = stackId -> { };
    private String shownStack;

    public InstanceLookViewModel(Reading reading, TaskRunner runner) {
        this.reading = reading;
        this.runner = runner;
    }

    /** Called with a stack's id when a look on one of its instances has been read. */
    public void onLook(Consumer<String> listener) {
        onLook = listener;
    }

    /** Shows the look kept for the stack, if there is one. */
    public void show(String stackId) {
        shownStack = stackId;
        InstanceLogrotateLook look = byStack.get(stackId);
        shown.set(look);
        message.set(look == null ? "" : LookText.summary(look));
    }

    /** After the guard ran a plan: when a look was sent, its output is waited for and read. */
    public void executed(ExecutionReport report) {
        if (report.status() != ExecutionReport.Status.DONE || !(report.plan() instanceof ScalingPlan<?> plan)
                || !(plan.change() instanceof ScalingChange.Script script)) {
            return;
        }
        String stackId = plan.stack().id();
        String instanceId = plan.targets().get(0).id();
        String commandId = report.outcomes().get(0).requestId();
        say(stackId, "Waiting for the look's output on " + instanceId + " (command " + commandId + ")\u2026");
        runner.run("Read the look on " + instanceId, () -> reading.read(plan.region(), commandId, instanceId,
                script.logDirectory()), (InstanceLogrotateLook look) -> {
                    byStack.put(stackId, look);
                    if (stackId.equals(shownStack)) {
                        show(stackId);
                    }
                    onLook.accept(stackId);
                }, error -> say(stackId, "The look's output on " + instanceId + " could not be read: "
                        + ErrorMessages.sentence(error)));
    }

    /** The newest look on one of the stack's instances, kept with the stack's result. */
    public Optional<InstanceLogrotateLook> lookOf(String stackId) {
        return Optional.ofNullable(byStack.get(stackId));
    }

    public ReadOnlyObjectProperty<InstanceLogrotateLook> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void say(String stackId, String sentence) {
        if (stackId.equals(shownStack)) {
            message.set(sentence);
        }
    }
}
