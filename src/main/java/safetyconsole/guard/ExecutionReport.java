package safetyconsole.guard;

import java.util.List;

/**
 * What came of a plan. ABORTED: re-verification found the account changed and nothing was attempted
 * ({@code abortReasons} say what). Otherwise one outcome per target, in plan order: once a call has been made, every
 * failure ends here, target by target, and stops the plan. {@code lateResults}: result entries the audit log could
 * not take, held by the guard to be written (marked late) with the log's next entry.
 */
public record ExecutionReport(Plan plan, Status status, List<TargetOutcome> outcomes, List<String> abortReasons,
                              int lateResults) {

    public enum Status { DONE, ABORTED, STOPPED_BY_FAILURE }

    public ExecutionReport {
        outcomes = List.copyOf(outcomes);
        abortReasons = List.copyOf(abortReasons);
    }

    public long done() {
        return outcomes.stream().filter(o -> o.result() == TargetOutcome.Result.DONE).count();
    }
}
