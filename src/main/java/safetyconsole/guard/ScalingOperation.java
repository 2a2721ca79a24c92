package safetyconsole.guard;

import java.util.List;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;

/**
 * A change on a stack migrated off OpsWorks, with one port call per target. By default re-verification aborts when
 * the CloudFormation stack's status or a planned group's desired capacity, instances or launch template specs
 * changed since the plan.
 *
 * @param <C> the kind of change it takes
 */
public sealed interface ScalingOperation<C extends ScalingChange> extends GuardedOperation<ScalingPlan<C>>
        permits StartInstanceRefresh, CancelInstanceRefresh, SetDesiredCapacity, TerminateInstanceInGroup,
        HotfixInstanceGroups, DeleteAutoScalingGroup, DeleteCloudFormationStack, LookOnInstance {

    /** The one port call it makes. */
    Operation call();

    /** Makes the call on one target, in the plan's region. */
    MutationResult apply(CloudOperations port, ScalingPlan<C> plan, PlanTarget target, Confirmation confirmation);

    @Override
    default List<Operation> calls() {
        return List.of(call());
    }

    @Override
    default List<String> reverify(ScalingPlan<C> plan, CloudAccount reads) {
        return LiveScalingStack.asPlanned(plan, reads.scalingGroups());
    }

    @Override
    default TargetOutcome carryOut(ScalingPlan<C> plan, PlanTarget target, Steps steps) {
        return steps.call(null, call(), (port, confirmation) -> apply(port, plan, target, confirmation));
    }
}
