package safetyconsole.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import safetyconsole.guard.ExecutionReport;
import safetyconsole.text.Printable;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.dialogs.ExecutionSummary;

/**
 * The main window's status line: the last sentence, whether it reports progress or a failure, and whether any
 * background work started with {@link #begin} is still running.
 */
public final class StatusLine {

    /** Whether the sentence reports progress or a failure. */
    public enum Kind { INFO, ERROR }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.INFO);
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    StatusLine() {
        loading.bind(Bindings.greaterThan(running, 0));
    }

    /** Background work starts: {@code message} shows until something else is said; pair with {@link #end}. */
    void begin(String message) {
        running.set(running.get() + 1);
        info(message);
    }

    void end() {
        running.set(running.get() - 1);
    }

    void info(String message) {
        say(message, Kind.INFO);
    }

    void error(String message) {
        say(message, Kind.ERROR);
    }

    /** A failure: what failed, then why in the user's words (the trace is the caller's to log). */
    void failed(String what, Throwable error) {
        error(what + ". " + ErrorMessages.sentence(error));
    }

    /** What a confirmed plan did (or why it stopped). */
    void report(ExecutionReport report) {
        String summary = ExecutionSummary.sentence(report);
        if (report.status() == ExecutionReport.Status.DONE) {
            info(summary);
        } else {
            error(summary);
        }
    }

    private void say(String message, Kind newKind) {
        text.set(Printable.ofLines(message));
        kind.set(newKind);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** True while work started with {@link #begin} has not ended. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
