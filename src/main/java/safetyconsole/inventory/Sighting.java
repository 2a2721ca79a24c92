package safetyconsole.inventory;

import java.time.Instant;
import java.util.List;

/** A stack's instances as the console last saw them: enough to tell later which ones are gone. */
public record Sighting(Instant seenAt, List<SeenInstance> instances) {

    public Sighting {
        instances = List.copyOf(instances);
    }

    /** One instance as seen, with its layers' names (the layers may be gone later, too). */
    public record SeenInstance(String id, String hostname, String ec2InstanceId, List<String> layerIds,
                               List<String> layerNames) {

        public SeenInstance {
            layerIds = List.copyOf(layerIds);
            layerNames = List.copyOf(layerNames);
        }
    }

    public static Sighting of(StackInventory inventory) {
        return new Sighting(inventory.loadedAt(), inventory.instances().stream().map(i -> new SeenInstance(i.id(),
                i.hostname(), i.ec2Id().orElse(null), i.layerIds(), i.layerIds().stream()
                .map(id -> inventory.layer(id).map(l -> l.name()).orElse(id)).toList())).toList());
    }
}
