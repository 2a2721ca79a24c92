package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.Stack;
import safetyconsole.inventory.StackInventory;

/** OpsWorks DeleteStack: only an empty stack; otherwise the refusal lists everything still in it. */
public enum DeleteStack implements Removal {
    DELETE_STACK;

    SimplePlan plan(PlanHeader header, StackInventory inventory) {
        List<String> blockers = new ArrayList<>();
        blockers.addAll(Consequences.counted("instance",
                inventory.instances().stream().map(Instance::hostname).collect(Collectors.toList())));
        blockers.addAll(Consequences.counted("layer",
                inventory.layers().stream().map(Layer::name).collect(Collectors.toList())));
        blockers.addAll(Consequences.counted("app",
                inventory.apps().stream().map(App::name).collect(Collectors.toList())));
        Stack stack = inventory.stack();
        if (!blockers.isEmpty()) {
            throw new PlanRefusedException("Stack " + stack.name() + " is not empty. Delete first: "
                    + String.join("; ", blockers) + ".");
        }
        return new SimplePlan(header, this, List.of(PlanTarget.stack(stack)),
                List.of("Stack " + stack.name() + " and its settings are removed.", Consequences.CANNOT_UNDO));
    }

    @Override
    public Operation call() {
        return Operation.DELETE_STACK;
    }

    @Override
    public MutationResult remove(CloudOperations port, String targetId, Confirmation confirmation) {
        return port.deleteStack(targetId, confirmation);
    }

    /** "Delete stack shop-dev": the stack is the target, not a part of it. */
    @Override
    public String title(Plan plan) {
        return "Delete stack " + plan.stack().name();
    }

    @Override
    public List<String> reverify(SimplePlan plan, CloudAccount reads) {
        Stack stack = plan.stack();
        boolean empty = reads.describeInstances(stack.id()).isEmpty() && reads.describeLayers(stack.id()).isEmpty()
                && reads.describeApps(stack.id()).isEmpty();
        return empty ? List.of() : List.of("Stack " + stack.name() + " is no longer empty.");
    }
}
