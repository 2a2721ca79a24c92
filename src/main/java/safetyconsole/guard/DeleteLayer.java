package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.inventory.StackInventory;

/** OpsWorks DeleteLayer: only a layer with no instances. */
public enum DeleteLayer implements Removal {
    DELETE_LAYER;

    SimplePlan plan(PlanHeader header, StackInventory inventory, Layer layer) {
        List<String> members = inventory.instances().stream().filter(i -> i.layerIds().contains(layer.id()))
                .map(Instance::hostname).collect(Collectors.toList());
        if (!members.isEmpty()) {
            throw new PlanRefusedException("Layer " + layer.name() + " still has "
                    + Consequences.counted("instance", members).get(0) + "; delete them first.");
        }
        return new SimplePlan(header, this, List.of(PlanTarget.layer(layer)), List.of("Layer " + layer.name()
                + " is removed with its recipes, settings and security group choices.", Consequences.CANNOT_UNDO));
    }

    @Override
    public Operation call() {
        return Operation.DELETE_LAYER;
    }

    @Override
    public MutationResult remove(CloudOperations port, String targetId, Confirmation confirmation) {
        return port.deleteLayer(targetId, confirmation);
    }

    /** Still there, and still empty. */
    @Override
    public List<String> reverify(SimplePlan plan, CloudAccount reads) {
        List<String> changes = new ArrayList<>(LiveTargets.missing(plan,
                LiveTargets.byId(reads.describeLayers(plan.stack().id()), Layer::id), "layer"));
        Set<String> occupied = reads.describeInstances(plan.stack().id()).stream()
                .flatMap(i -> i.layerIds().stream()).collect(Collectors.toSet());
        plan.targets().stream().filter(t -> occupied.contains(t.id()))
                .forEach(t -> changes.add("Layer " + t.name() + " has instances again."));
        return changes;
    }
}
