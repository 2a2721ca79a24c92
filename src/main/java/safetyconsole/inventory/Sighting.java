package safetyconsole.inventory;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;

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

        /** {@code layerName} turns a layer id into the layer's name (or gives the id back when it knows none). */
        public static SeenInstance of(Instance instance, Function<String, String> layerName) {
            return new SeenInstance(instance.id(), instance.hostname(), instance.ec2Id().orElse(null),
                    instance.layerIds(), instance.layerIds().stream().map(layerName).toList());
        }
    }

    public static Sighting of(StackInventory inventory) {
        return new Sighting(inventory.loadedAt(), inventory.instances().stream()
                .map(i -> SeenInstance.of(i, id -> inventory.layer(id).map(Layer::name).orElse(id))).toList());
    }
}
