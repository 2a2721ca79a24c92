package safetyconsole.migrated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;
import safetyconsole.inventory.Sighting;

/**
 * A migrated stack's instances as a {@link Sighting}, so that the inventory history tells what went from it as it
 * does for an OpsWorks stack: each instance is its EC2 id, and where an OpsWorks instance names its layers it names
 * its Auto Scaling group (id: the group's name; name: "rails-app group of shop-prod" when the migration's names
 * give the layer, else the group's name). The history's file keeps its format.
 */
public final class GroupSightings {

    private GroupSightings() {
    }

    /** The stack as read; empty when something of it was not read, since an instance not seen then proves nothing. */
    public static Optional<Sighting> of(ScalingStackInventory inventory) {
        if (!inventory.unread().isEmpty()) {
            return Optional.empty();
        }
        List<Sighting.SeenInstance> seen = new ArrayList<>();
        for (ScalingGroupDrift group : inventory.groups()) {
            String label = label(inventory.stack(), group.group().name(), inventory.groups().size());
            for (InstanceTemplateDrift instance : group.instances()) {
                seen.add(seen(instance.instanceId(), group.group().name(), label));
            }
        }
        return Optional.of(new Sighting(inventory.loadedAt(), seen));
    }

    /** An earlier sighting known otherwise (the demo's): each group's instance ids at {@code seenAt}. */
    public static Sighting of(Stack stack, Map<String, List<String>> instancesByGroup, Instant seenAt) {
        List<Sighting.SeenInstance> seen = new ArrayList<>();
        instancesByGroup.forEach((group, instances) -> instances
                .forEach(id -> seen.add(seen(id, group, label(stack, group, instancesByGroup.size())))));
        return new Sighting(seenAt, seen);
    }

    /** The Auto Scaling group a gone instance of a migrated stack was in. */
    public static String groupOf(Sighting.SeenInstance instance) {
        return instance.layerIds().get(0);
    }

    /**
     * "rails-app group of shop-prod" for the one group of a stack migrated from that layer (as the migration script
     * makes them); the group's own name otherwise, so that two groups of one stack never share a label.
     */
    static String label(Stack stack, String groupName, int groupsOfStack) {
        Optional<OpsWorksOrigin> origin = stack.migratedFrom()
                .filter(from -> from.layerName().isPresent() && groupsOfStack == 1);
        return origin.map(from -> from.layerName().orElseThrow() + " group of " + from.stackName()).orElse(groupName);
    }

    private static Sighting.SeenInstance seen(String instanceId, String groupName, String label) {
        return new Sighting.SeenInstance(instanceId, instanceId, instanceId, List.of(groupName), List.of(label));
    }
}
