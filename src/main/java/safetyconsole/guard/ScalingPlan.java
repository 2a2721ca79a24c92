package safetyconsole.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change on a stack migrated off OpsWorks (its Auto Scaling groups, their instances, its CloudFormation stack):
 * the targets, the {@code change} its operation takes, and {@code asPlanned}, the stack and groups as the plan read
 * them, which re-verification compares with the live account right before the call.
 *
 * @param <C> the kind of change its operation takes
 */
public record ScalingPlan<C extends ScalingChange>(PlanHeader header, ScalingOperation<C> operation,
                                                   List<PlanTarget> targets, ScalingSnapshot asPlanned, C change,
                                                   List<String> consequences) implements Plan {

    public ScalingPlan {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(asPlanned, "asPlanned");
        Objects.requireNonNull(change, "change");
        targets = List.copyOf(targets);
        consequences = List.copyOf(consequences);
    }

    @Override
    public Optional<String> choiceForAudit() {
        return change.forAudit();
    }

    @Override
    public String describe(PlanTarget target) {
        return change.describe(target);
    }

    /** Where the stack and all it holds are: a migrated stack lives in one region. */
    public String region() {
        return stack().region();
    }
}
