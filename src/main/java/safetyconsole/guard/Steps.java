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
     * null. A failure is an outcome, not an exception.
     */
    TargetOutcome call(String subStep, Operation call, PortCall portCall);

    /** Polls until OpsWorks reports the target stopped; empty when it is, else why not. */
    Optional<String> waitUntilStopped();

    /** Records that {@code subStep} was not attempted, and why; the target counts as failed (a conflict). */
    TargetOutcome notAttempted(String subStep, String why);

    /** The call itself, given the port and the confirmation covering it. */
    @FunctionalInterface
    interface PortCall {
        MutationResult on(CloudOperations port, Confirmation confirmation);
    }
}
