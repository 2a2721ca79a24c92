package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.StackKind;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * DeleteAutoScalingGroup: refused while the group has instances, unless the plan says every one of them goes with
 * it (force delete), each named.
 */
public enum DeleteAutoScalingGroup implements ScalingOperation<ScalingChange.GroupDeletion> {
    DELETE_AUTO_SCALING_GROUP;

    ScalingPlan<ScalingChange.GroupDeletion> plan(PlanHeader header, ScalingStackInventory inventory,
                                                  String groupName, boolean forceDelete) {
        ScalingGroupDrift drift = ScalingTargets.group(inventory, groupName);
        AutoScalingGroup group = drift.group();
        List<String> members = group.instances().stream().map(AutoScalingInstance::instanceId)
                .collect(Collectors.toList());
        if (!members.isEmpty() && !forceDelete) {
            throw new PlanRefusedException("Group " + groupName + " still has "
                    + Consequences.counted("instance", members).get(0) + "; delete it with every instance (force"
                    + " delete), or set its desired capacity to 0 first.");
        }
        List<String> consequences = new ArrayList<>();
        consequences.add("Group " + groupName + " is deleted with its scaling policies, scheduled actions and"
                + " lifecycle hooks.");
        if (!members.isEmpty()) {
            consequences.add("Every instance of it is terminated, protected ones too: " + String.join(", ", members)
                    + ".");
        }
        if (inventory.stack().kind() == StackKind.CLOUDFORMATION) {
            consequences.add("CloudFormation stack " + inventory.stack().name() + " still lists the group: the stack"
                    + " no longer matches its template and its next update may fail. Deleting the stack removes"
                    + " the group the clean way.");
        }
        consequences.add(Consequences.CANNOT_UNDO);
        return new ScalingPlan<>(header, this, List.of(PlanTarget.group(group)),
                ScalingTargets.snapshot(inventory, List.of(drift)), new ScalingChange.GroupDeletion(forceDelete),
                consequences);
    }

    @Override
    public String verb() {
        return "Delete";
    }

    @Override
    public boolean removes() {
        return true;
    }

    @Override
    public Operation call() {
        return Operation.DELETE_AUTO_SCALING_GROUP;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.GroupDeletion> plan,
                                PlanTarget target, Confirmation confirmation) {
        return port.deleteAutoScalingGroup(plan.region(), target.id(), plan.change().forceDelete(), confirmation);
    }
}
