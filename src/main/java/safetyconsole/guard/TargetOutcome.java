package safetyconsole.guard;

import safetyconsole.cloud.CloudException;

/** What happened to one target: done (with AWS's request id), failed (with the kind of failure), or not run. */
public record TargetOutcome(PlanTarget target, Result result, String requestId, CloudException.Kind failure,
                            String note) {

    public enum Result { DONE, FAILED, NOT_RUN }

    static TargetOutcome done(PlanTarget target, String requestId, String note) {
        return new TargetOutcome(target, Result.DONE, requestId, null, note);
    }

    static TargetOutcome failed(PlanTarget target, CloudException.Kind kind, String note) {
        return new TargetOutcome(target, Result.FAILED, null, kind, note);
    }

    static TargetOutcome notRun(PlanTarget target, String note) {
        return new TargetOutcome(target, Result.NOT_RUN, null, null, note);
    }
}
