package safetyconsole.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.TargetOutcome;
import safetyconsole.ui.common.ErrorMessages;

/** What came of a plan, in one or two sentences, and per target: done, failed with the error, not attempted. */
public final class ExecutionSummary {

    private ExecutionSummary() {
    }

    public static String sentence(ExecutionReport report) {
        return withLateResults(report, switch (report.status()) {
            case DONE -> done(report);
            case ABORTED -> "Nothing was changed: " + String.join(" ", report.abortReasons());
            case STOPPED_BY_FAILURE -> stopped(report);
        });
    }

    private static String done(ExecutionReport report) {
        String title = report.plan().title();
        List<String> skipped = report.outcomes().stream()
                .filter(o -> o.result() == TargetOutcome.Result.NOT_RUN)
                .map(o -> o.target().name() + " (" + o.note() + ")").collect(Collectors.toList());
        return skipped.isEmpty() ? "Done: " + title + "."
                : "Done for " + report.done() + " of " + report.outcomes().size() + ": " + title + ". Skipped: "
                        + String.join("; ", skipped);
    }

    private static String stopped(ExecutionReport report) {
        List<String> parts = new ArrayList<>();
        parts.add(report.done() + " of " + report.outcomes().size() + " done");
        report.outcomes().stream().filter(o -> o.result() == TargetOutcome.Result.FAILED)
                .map(o -> o.target().name() + " failed (" + why(o) + ")").forEach(parts::add);
        long notRun = report.outcomes().stream().filter(o -> o.result() == TargetOutcome.Result.NOT_RUN).count();
        if (notRun > 0) {
            parts.add(notRun + " not attempted");
        }
        return "Stopped: " + String.join("; ", parts) + ".";
    }

    /** The dialog says when the audit log is behind: the operator must not believe it complete. */
    private static String withLateResults(ExecutionReport report, String sentence) {
        if (report.lateResults() == 0) {
            return sentence;
        }
        return sentence + " The audit log could not take " + report.lateResults() + (report.lateResults() == 1
                ? " entry; it is" : " entries; they are") + " kept and will be written, marked late, before the log's"
                + " next entry (lost if the console closes first).";
    }

    public static String line(TargetOutcome outcome) {
        String line = switch (outcome.result()) {
            case DONE -> outcome.target().name() + ": done (request " + outcome.requestId() + ")";
            case FAILED -> outcome.target().name() + ": failed \u2014 " + why(outcome);
            case NOT_RUN -> outcome.target().name() + ": "
                    + (outcome.note() == null ? "not attempted" : outcome.note());
        };
        if (outcome.resultLate()) {
            line += "; the audit log could not take its result when it came";
        }
        return line + outcome.offered().map(next -> ". Next: " + next.verb().toLowerCase(Locale.ROOT)
                + " it \u2014 select it and " + next.buttonLabel() + ", planned and confirmed like any change")
                .orElse("");
    }

    /** A cloud failure in its one sentence; anything else (the audit log, a stop not seen) as the guard said it. */
    private static String why(TargetOutcome outcome) {
        return outcome.failure() == null ? outcome.note() : ErrorMessages.sentence(outcome.failure());
    }
}
