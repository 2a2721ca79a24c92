package safetyconsole.guard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Operation;

/**
 * One thing the console can change, with everything about it in one place: how it plans (its targets, the
 * states that refuse it, its consequences in words, its options), what re-verification compares, and the
 * calls it makes on the port. The planner, the guard and the confirmation dialog ask it; none of them
 * knows the operations by name. Adding one is a new class here and its entry in {@code permits}.
 *
 * @param <P> the kind of plan it makes
 */
public sealed interface GuardedOperation<P extends Plan> permits InstanceOperation, RestartInstanceStore,
        ModifyInstanceGroups, UpdateLayerGroups, Removal, ScalingOperation {

    /** As the audit log names it, e.g. {@code DELETE_INSTANCE}. */
    String name();

    /** How a title starts: "Delete", "Change security groups of". */
    String verb();

    /** The port calls it makes, each confirmed on its own; the first names what it acts on. */
    List<Operation> calls();

    /** What it acts on, singular: "instance", "layer", "app", "stack", "group". */
    default String noun() {
        return calls().get(0).noun();
    }

    /** Takes its targets out of the stack: titles say "from", buttons look dangerous. */
    default boolean removes() {
        return false;
    }

    /** The confirm button's word: the verb when it is one word, else "Apply". */
    default String buttonLabel() {
        return verb().contains(" ") ? "Apply" : verb();
    }

    /** "Delete 2 instances from shop-prod". */
    default String title(Plan plan) {
        List<PlanTarget> targets = plan.targets();
        String what = targets.size() == 1 ? noun() + " " + targets.get(0).name() : targets.size() + " " + noun() + "s";
        return verb() + " " + what + (removes() ? " from " : " in ") + plan.stack().name();
    }

    /** How long its confirmations stay valid for a plan of {@code targets} targets. */
    default Duration confirmationLifetime(int targets) {
        return Guard.CONFIRMATION_LIFETIME;
    }

    /** The options the confirmation dialog offers for this plan's targets. */
    default Set<InstanceOption> offeredOptions(P plan) {
        return Set.of();
    }

    /** Each difference between the live account and what this operation needs unchanged, as a sentence. */
    List<String> reverify(P plan, CloudAccount reads);

    /** The targets to leave out (by id, with why) while the others go ahead. */
    default Map<String, String> targetsToSkip(P plan, CloudAccount reads) {
        return Map.of();
    }

    /** Carries out the plan on one target through the guard's audited steps. */
    TargetOutcome carryOut(P plan, PlanTarget target, Steps steps);
}
