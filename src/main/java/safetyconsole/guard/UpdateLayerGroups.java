package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.inventory.StackInventory;

/**
 * Changes a layer's custom groups (OpsWorks UpdateLayer). The consequences say who will and will not get the
 * change, because OpsWorks applies it to new instances only.
 */
public enum UpdateLayerGroups implements GuardedOperation<GroupPlan> {
    UPDATE_LAYER_GROUPS;

    GroupPlan plan(PlanHeader header, StackInventory inventory, Layer layer, List<String> groupIds) {
        List<String> before = layer.customSecurityGroupIds();
        if (before.equals(groupIds)) {
            throw new PlanRefusedException("Layer " + layer.name() + " already has exactly these groups.");
        }
        List<String> unknown = groupIds.stream().filter(id -> !inventory.groupsById().containsKey(id))
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new PlanRefusedException("These groups are not in the stack's VPC: " + String.join(", ", unknown)
                    + ".");
        }
        List<Instance> members = inventory.instances().stream().filter(i -> i.layerIds().contains(layer.id()))
                .collect(Collectors.toList());
        List<String> consequences = new ArrayList<>();
        consequences.add(Consequences.groupChange(inventory, "Layer " + layer.name(), before, groupIds));
        consequences.add("New instances of the layer get the new groups.");
        List<String> running = Consequences.hostnames(members, i -> i.status() != InstanceStatus.STOPPED);
        if (!running.isEmpty()) {
            consequences.add("New instances only: the " + Consequences.counted("running instance", running).get(0)
                    + " will NOT get this change; OpsWorks never changes a running instance's groups.");
        }
        List<String> willSync = Consequences.hostnames(members, i -> i.status() == InstanceStatus.STOPPED
                && i.rootDeviceType() == RootDeviceType.INSTANCE_STORE);
        if (!willSync.isEmpty()) {
            consequences.add("Stopped instance-store instances get it at their next start: "
                    + String.join(", ", willSync) + ".");
        }
        List<String> wontSync = Consequences.hostnames(members, i -> i.status() == InstanceStatus.STOPPED
                && i.rootDeviceType() == RootDeviceType.EBS && i.ec2Id().isPresent());
        if (!wontSync.isEmpty()) {
            consequences.add("Stopped EBS-backed instances keep their old groups even after a start: "
                    + String.join(", ", wontSync) + ".");
        }
        return new GroupPlan(header, this, List.of(PlanTarget.layer(layer)),
                Map.of(layer.id(), new GroupChange(before, groupIds)), Optional.empty(), consequences);
    }

    @Override
    public String verb() {
        return "Change security groups of";
    }

    @Override
    public List<Operation> calls() {
        return List.of(Operation.UPDATE_LAYER_GROUPS);
    }

    /** The layer must still be there, with the groups it had when planned. */
    @Override
    public List<String> reverify(GroupPlan plan, CloudAccount reads) {
        Map<String, Layer> live = LiveTargets.byId(reads.describeLayers(plan.stack().id()), Layer::id);
        List<String> changes = new ArrayList<>(LiveTargets.missing(plan, live, "layer"));
        for (PlanTarget target : plan.targets()) {
            Layer now = live.get(target.id());
            if (now != null && !now.customSecurityGroupIds().equals(plan.change(target).before())) {
                changes.add("Layer " + target.name() + "'s groups were changed by someone else since you planned.");
            }
        }
        return changes;
    }

    @Override
    public TargetOutcome carryOut(GroupPlan plan, PlanTarget target, Steps steps) {
        return steps.call(null, Operation.UPDATE_LAYER_GROUPS, (port, confirmation) ->
                port.updateLayerSecurityGroups(target.id(), plan.change(target).after(), confirmation));
    }
}
