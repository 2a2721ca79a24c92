package safetyconsole.guard;

import java.util.List;

import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;

/** Deletes a part of a stack, or the stack, with one port call per target and nothing to choose. */
public sealed interface Removal extends GuardedOperation<SimplePlan> permits DeleteLayer, DeleteApp, DeleteStack {

    /** The one port call it makes. */
    Operation call();

    MutationResult remove(CloudOperations port, String targetId, Confirmation confirmation);

    @Override
    default String verb() {
        return "Delete";
    }

    @Override
    default boolean removes() {
        return true;
    }

    @Override
    default List<Operation> calls() {
        return List.of(call());
    }

    @Override
    default TargetOutcome carryOut(SimplePlan plan, PlanTarget target, Steps steps) {
        return steps.call(null, call(), (port, confirmation) -> remove(port, target.id(), confirmation));
    }
}
