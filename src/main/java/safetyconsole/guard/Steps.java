package safetyconsole.guard;

import java.util.Optional;

import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;

/**
 * What the guard lends an operation to carry out one target: each call is audited (intent, then result) and
 * made with the plan's confirmation for exactly that call. Sealed: only the guard carries out operations.
 */
public sealed interface Steps permits Guard.AuditedSteps {

    /**
     * One call on the port. {@code subStep} names it when the operation makes several ("StopInstance"), else
     * null. A failure is an outcome, not an exception; so is an audit log that cannot take the intent entry once
     * the plan has made a call (the call is then not made).
     */
    TargetOutcome call(String subStep, Operation call, PortCall portCall);

    /**
     * Polls until OpsWorks reports the target stopped, a failed read tried again with a growing pause, within a
     * bound; empty when it is stopped, else why not and the state it was last seen in.
     */
    Optional<String> waitUntilStopped();

    /**
     * Records that the target was stopped ({@code stop}) but will not be started, and why; it counts as failed,
     * with starting it offered as the next step.
     */
    TargetOutcome leftStopped(TargetOutcome stop, String why);

    /** The call itself, given the port and the confirmation covering it. */
    @FunctionalInterface
    interface PortCall {
        MutationResult on(CloudOperations port, Confirmation confirmation);
    }
}
