package safetyconsole.guard;

import java.util.List;

/**
 * What came of a plan. ABORTED: re-verification found the account changed and nothing was attempted
 * ({@code abortReasons} say what). Otherwise one outcome per target, in plan order; a failure stops the plan.
 */
public record ExecutionReport(Plan plan, Status status, List<TargetOutcome> outcomes, List<String> abortReasons) {

    public enum Status { DONE, ABORTED, STOPPED_BY_FAILURE }

    public ExecutionReport {
        outcomes = List.copyOf(outcomes);
        abortReasons = List.copyOf(abortReasons);
    }

    public long done() {
        return outcomes.stream().filter(o -> o.result() == TargetOutcome.Result.DONE).count();
    }
}
