package safetyconsole.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;

/** One stack as read at {@code loadedAt}: its layers, instances, apps, EC2 instances and VPC security groups. */
public record StackInventory(
        Stack stack,
        List<Layer> layers,
        List<Instance> instances,
        List<App> apps,
        Map<String, Ec2Instance> ec2ById,
        Map<String, SecurityGroup> groupsById,
        Instant loadedAt) {

    public StackInventory {
        layers = List.copyOf(layers);
        instances = List.copyOf(instances);
        apps = List.copyOf(apps);
        ec2ById = Map.copyOf(ec2ById);
        groupsById = Map.copyOf(groupsById);
    }

    /** A group's name when EC2 still knows it, else its id marked as missing. */
    public String groupName(String groupId) {
        SecurityGroup group = groupsById.get(groupId);
        return group == null ? groupId + " (not found)" : group.name();
    }

    public Optional<Ec2Instance> ec2Of(Instance instance) {
        return instance.ec2Id().map(ec2ById::get);
    }

    public Optional<Layer> layer(String layerId) {
        return layers.stream().filter(layer -> layer.id().equals(layerId)).findFirst();
    }
}
