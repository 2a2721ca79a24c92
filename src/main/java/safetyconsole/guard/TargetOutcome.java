package safetyconsole.guard;

import java.util.Optional;

import safetyconsole.cloud.CloudException;

/**
 * What happened to one target: done (with AWS's request id), failed (with the kind of cloud failure, or none when
 * something else stopped it, and a note saying what), or not run (with why). {@code resultLate}: the audit log
 * could not take the result entry; the guard holds it and writes it, marked late, with the log's next entry.
 * {@code nextStep}: what the operator should do next to this target, through the guard (a stop-and-start that
 * stopped but could not start offers the start).
 */
public record TargetOutcome(PlanTarget target, Result result, String requestId, CloudException.Kind failure,
                            String note, boolean resultLate, InstanceOperation nextStep) {

    public enum Result { DONE, FAILED, NOT_RUN }

    static TargetOutcome done(PlanTarget target, String requestId, String note) {
        return new TargetOutcome(target, Result.DONE, requestId, null, note, false, null);
    }

    static TargetOutcome failed(PlanTarget target, CloudException.Kind kind, String note) {
        return new TargetOutcome(target, Result.FAILED, null, kind, note, false, null);
    }

    static TargetOutcome notRun(PlanTarget target, String note) {
        return new TargetOutcome(target, Result.NOT_RUN, null, null, note, false, null);
    }

    /** The same, its result entry held back for a late write. */
    TargetOutcome withResultLate() {
        return new TargetOutcome(target, result, requestId, failure, note, true, nextStep);
    }

    /** The next step the operator is offered for this target. */
    public Optional<InstanceOperation> offered() {
        return Optional.ofNullable(nextStep);
    }
}
