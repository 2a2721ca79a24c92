package safetyconsole.ui.dialogs;

import java.util.List;
import java.util.stream.Collectors;

import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.TargetOutcome;
import safetyconsole.ui.common.ErrorMessages;

/** What came of a plan, in one or two sentences, and per target. */
public final class ExecutionSummary {

    private ExecutionSummary() {
    }

    public static String sentence(ExecutionReport report) {
        String title = report.plan().title();
        switch (report.status()) {
            case DONE:
                List<String> skipped = report.outcomes().stream()
                        .filter(o -> o.result() == TargetOutcome.Result.NOT_RUN)
                        .map(o -> o.target().name() + " (" + o.note() + ")").collect(Collectors.toList());
                return skipped.isEmpty() ? "Done: " + title + "."
                        : "Done for " + report.done() + " of " + report.outcomes().size() + ": " + title + ". Skipped: "
                                + String.join("; ", skipped);
            case ABORTED:
                return "Nothing was changed: " + String.join(" ", report.abortReasons());
            case STOPPED_BY_FAILURE:
            default:
                String failed = report.outcomes().stream().filter(o -> o.result() == TargetOutcome.Result.FAILED)
                        .map(o -> o.target().name() + " failed (" + ErrorMessages.sentence(o.failure()) + ")")
                        .collect(Collectors.joining("; "));
                long notRun = report.outcomes().stream().filter(o -> o.result() == TargetOutcome.Result.NOT_RUN).count();
                return "Stopped after a failure: " + report.done() + " of " + report.outcomes().size() + " done; "
                        + failed + (notRun > 0 ? "; " + notRun + " not attempted." : ".");
        }
    }

    public static String line(TargetOutcome outcome) {
        switch (outcome.result()) {
            case DONE:
                return outcome.target().name() + ": done (request " + outcome.requestId() + ")";
            case FAILED:
                return outcome.target().name() + ": failed \u2014 " + ErrorMessages.sentence(outcome.failure());
            case NOT_RUN:
            default:
                return outcome.target().name() + ": " + (outcome.note() == null ? "not attempted" : outcome.note());
        }
    }
}
