package safetyconsole.guard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Stack;
import safetyconsole.context.Classification;

/**
 * A destructive action before it happens: one operation on targets of one stack, and every consequence in
 * words. Nothing runs until the user typed the stack's name and the guard has re-read every target. Each kind
 * of plan holds only what its operations need: options, group changes, or nothing more.
 */
public sealed interface Plan permits InstancePlan, GroupPlan, SimplePlan, ScalingPlan {

    PlanHeader header();

    GuardedOperation<?> operation();

    List<PlanTarget> targets();

    List<String> consequences();

    /** What the audit log records as the chosen variant: the API options set, or the fix chosen. */
    Optional<String> choiceForAudit();

    /** The options the confirmation dialog offers for these targets (none for most plans). */
    default Set<InstanceOption> offeredOptions() {
        return ownOperation().offeredOptions(this);
    }

    /** Each difference between the live account and what the operation needs unchanged, as a sentence. */
    default List<String> reverify(CloudAccount reads) {
        return ownOperation().reverify(this, reads);
    }

    /** The targets to leave out, each with why, while the others go ahead; empty for most operations. */
    default Map<String, String> targetsToSkip(CloudAccount reads) {
        return ownOperation().targetsToSkip(this, reads);
    }

    /** Carries out the operation on one target, through the guard's audited steps. */
    default TargetOutcome carryOut(PlanTarget target, Steps steps) {
        return ownOperation().carryOut(this, target, steps);
    }

    default String id() {
        return header().id();
    }

    default Stack stack() {
        return header().stack();
    }

    default Classification classification() {
        return header().classification();
    }

    default Instant createdAt() {
        return header().createdAt();
    }

    /** The target as the audit log names it. */
    default String describe(PlanTarget target) {
        return target.describe();
    }

    /** "Delete 2 instances from shop-prod". */
    default String title() {
        return operation().title(this);
    }

    /** Production-like stacks must be armed, with a reason, before anything in them changes. */
    default boolean requiresArming() {
        return classification().environment().productionLike();
    }

    default List<String> targetDescriptions() {
        return targets().stream().map(PlanTarget::describe).collect(Collectors.toList());
    }

    /**
     * The operation, typed for this plan: each kind of plan declares its operation as one for its own kind
     * ({@code InstancePlan} holds an {@code InstanceOperation}, …), so the cast cannot fail.
     */
    @SuppressWarnings("unchecked")
    private GuardedOperation<Plan> ownOperation() {
        return (GuardedOperation<Plan>) operation();
    }
}
