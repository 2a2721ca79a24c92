package safetyconsole.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;

/**
 * One stack as read at {@code loadedAt}: its layers, instances, apps, EC2 instances and VPC security groups.
 * EC2 reads can fail in part (a throttled batch): {@code ec2Unread} names the EC2 ids that could not be read
 * and why, and {@code groupsUnread} says why the VPC's groups could not be read, so nothing unread is ever
 * taken for "no groups".
 */
public record StackInventory(
        Stack stack,
        List<Layer> layers,
        List<Instance> instances,
        List<App> apps,
        Map<String, Ec2Instance> ec2ById,
        Map<String, SecurityGroup> groupsById,
        Map<String, CloudException.Kind> ec2Unread,
        Optional<CloudException.Kind> groupsUnread,
        Instant loadedAt) {

    public StackInventory {
        layers = List.copyOf(layers);
        instances = List.copyOf(instances);
        apps = List.copyOf(apps);
        ec2ById = Map.copyOf(ec2ById);
        groupsById = Map.copyOf(groupsById);
        ec2Unread = Map.copyOf(ec2Unread);
    }

    public Optional<Ec2Instance> ec2Of(Instance instance) {
        return instance.ec2Id().map(ec2ById::get);
    }

    /** Why this instance's EC2 side could not be read, if it could not. */
    public Optional<CloudException.Kind> ec2FailureOf(Instance instance) {
        return instance.ec2Id().map(ec2Unread::get);
    }

    public Optional<Layer> layer(String layerId) {
        return layers.stream().filter(layer -> layer.id().equals(layerId)).findFirst();
    }

    /** A group's name when EC2 still knows it, else its id marked as missing. */
    public String groupName(String groupId) {
        SecurityGroup group = groupsById.get(groupId);
        if (group != null) {
            return group.name();
        }
        return groupId + (groupsUnread.isPresent() ? "" : " (not found)");
    }
}
