package safetyconsole.cloud;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Proof that the user confirmed one operation on these targets of this stack, valid until {@code expiresAt}.
 * Every mutating method of {@link CloudOperations} takes one and checks it covers the call. Only the
 * {@code guard} package constructs confirmations (an architecture test keeps it so), after typed
 * confirmation and re-verification.
 */
public final class Confirmation {

    private final String planId;
    private final String stackId;
    private final Operation operation;
    private final Set<String> targetIds;
    private final Instant expiresAt;

    public Confirmation(String planId, String stackId, Operation operation, Set<String> targetIds, Instant expiresAt) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.stackId = Objects.requireNonNull(stackId, "stackId");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.targetIds = Set.copyOf(targetIds);
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Throws unless this confirmation covers {@code operation} on {@code targetId} in {@code actualStackId}
     * at {@code now}. Providers pass the stack the target really belongs to, as they see it.
     */
    public void requireCovers(Operation operation, String actualStackId, String targetId, Instant now) {
        if (this.operation != operation) {
            throw new UnconfirmedMutationException("Confirmed " + this.operation + ", attempted " + operation);
        }
        if (!stackId.equals(actualStackId)) {
            throw new UnconfirmedMutationException("Confirmed stack " + stackId + ", target " + targetId
                    + " is in stack " + actualStackId);
        }
        if (!targetIds.contains(targetId)) {
            throw new UnconfirmedMutationException("Target " + targetId + " was not confirmed");
        }
        if (!now.isBefore(expiresAt)) {
            throw new UnconfirmedMutationException("Confirmation of plan " + planId + " expired at " + expiresAt);
        }
    }

    public String planId() {
        return planId;
    }

    public String stackId() {
        return stackId;
    }

    public Operation operation() {
        return operation;
    }

    public Set<String> targetIds() {
        return targetIds;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
