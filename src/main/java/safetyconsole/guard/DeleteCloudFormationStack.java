package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * CloudFormation DeleteStack on a migrated stack: everything it holds goes with it. The plan lists its resources
 * and the instances of its groups; not while CloudFormation is still changing the stack.
 */
public enum DeleteCloudFormationStack implements ScalingOperation<ScalingChange.None> {
    DELETE_CLOUDFORMATION_STACK;

    ScalingPlan<ScalingChange.None> plan(PlanHeader header, ScalingStackInventory inventory) {
        Stack stack = inventory.stack();
        if (stack.kind() != StackKind.CLOUDFORMATION) {
            throw new PlanRefusedException(stack.name() + " is not a CloudFormation stack"
                    + (stack.kind() == StackKind.AUTO_SCALING_GROUP ? "; delete its group instead." : "."));
        }
        CloudFormationStack read = inventory.cloudFormationStack().orElseThrow(() -> new PlanRefusedException(
                "CloudFormation stack " + stack.name() + " was not read; read the account again and try again."));
        if (read.status().endsWith("_IN_PROGRESS")) {
            throw new PlanRefusedException("CloudFormation stack " + stack.name() + " is " + read.status()
                    + "; wait until it settles, then plan again.");
        }
        List<ScalingGroupDrift> groups = inventory.groups().stream()
                .map(drift -> ScalingTargets.group(inventory, drift.group().name())).collect(Collectors.toList());
        List<String> consequences = new ArrayList<>();
        consequences.add(inventory.resources().isEmpty()
                ? "CloudFormation deletes stack " + stack.name() + "; it lists no resources."
                : "CloudFormation deletes stack " + stack.name() + " and what it holds (but resources its template"
                        + " retains): " + inventory.resources().stream().map(resource -> resource.logicalId() + " ("
                        + resource.type() + " " + resource.physicalId() + ")").collect(Collectors.joining(", "))
                        + ".");
        for (ScalingGroupDrift drift : groups) {
            List<String> members = drift.group().instances().stream().map(AutoScalingInstance::instanceId)
                    .collect(Collectors.toList());
            consequences.add(members.isEmpty() ? "Group " + drift.group().name() + " has no instances."
                    : "Group " + drift.group().name() + "'s instances are terminated: " + String.join(", ", members)
                            + ".");
        }
        consequences.add(Consequences.CANNOT_UNDO);
        return new ScalingPlan<>(header, this, List.of(PlanTarget.stack(stack)),
                ScalingTargets.snapshot(inventory, groups), new ScalingChange.None(), consequences);
    }

    @Override
    public String verb() {
        return "Delete";
    }

    @Override
    public boolean removes() {
        return true;
    }

    /** "Delete CloudFormation stack shop-prod-rails-app-3f2a9c": the stack is the target, not a part of it. */
    @Override
    public String title(Plan plan) {
        return "Delete CloudFormation stack " + plan.stack().name();
    }

    @Override
    public Operation call() {
        return Operation.DELETE_CLOUDFORMATION_STACK;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.None> plan, PlanTarget target,
                                Confirmation confirmation) {
        return port.deleteCloudFormationStack(plan.region(), target.id(), confirmation);
    }
}
