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
        return switch (report.status()) {
            case DONE -> {
                List<String> skipped = report.outcomes().stream()
                        .filter(o -> o.result() == TargetOutcome.Result.NOT_RUN)
                        .map(o -> o.target().name() + " (" + o.note() + ")").collect(Collectors.toList());
                yield skipped.isEmpty() ? "Done: " + title + "."
                        : "Done for " + report.done() + " of " + report.outcomes().size() + ": " + title + ". Skipped: "
                                + String.join("; ", skipped);
            }
            case ABORTED -> "Nothing was changed: " + String.join(" ", report.abortReasons());
            case STOPPED_BY_FAILURE -> {
                String failed = report.outcomes().stream().filter(o -> o.result() == TargetOutcome.Result.FAILED)
                        .map(o -> o.target().name() + " failed (" + ErrorMessages.sentence(o.failure()) + ")")
                        .collect(Collectors.joining("; "));
                long notRun = report.outcomes().stream().filter(o -> o.result() == TargetOutcome.Result.NOT_RUN)
                        .count();
                yield "Stopped after a failure: " + report.done() + " of " + report.outcomes().size() + " done; "
                        + failed + (notRun > 0 ? "; " + notRun + " not attempted." : ".");
            }
        };
    }

    public static String line(TargetOutcome outcome) {
        return switch (outcome.result()) {
            case DONE -> outcome.target().name() + ": done (request " + outcome.requestId() + ")";
            case FAILED -> outcome.target().name() + ": failed \u2014 " + ErrorMessages.sentence(outcome.failure());
            case NOT_RUN -> outcome.target().name() + ": "
                    + (outcome.note() == null ? "not attempted" : outcome.note());
        };
    }
}
