package safetyconsole.migrated;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackResource;

/**
 * One stack of the migrated kinds as read at {@code loadedAt}: its CloudFormation stack (status) and resources when
 * it is one, each Auto Scaling group it holds with the security groups of its instances judged against the launch
 * template ({@link ScalingGroupDrift}), EC2's view of those instances by id (addresses, state), and the names of
 * the security groups they have or lack. {@code unread}: what could not be read (a group, the stack's status); NOT
 * CHECKED, never taken as clean.
 */
public record ScalingStackInventory(
        Stack stack,
        Optional<CloudFormationStack> cloudFormationStack,
        List<StackResource> resources,
        List<ScalingGroupDrift> groups,
        Map<String, Ec2Instance> ec2ById,
        Instant loadedAt,
        List<ServiceNotice> unread,
        SecurityGroupNames securityGroupNames) {

    public ScalingStackInventory {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(cloudFormationStack, "cloudFormationStack");
        Objects.requireNonNull(loadedAt, "loadedAt");
        resources = List.copyOf(resources);
        groups = List.copyOf(groups);
        ec2ById = Map.copyOf(ec2ById);
        unread = List.copyOf(unread);
        Objects.requireNonNull(securityGroupNames, "securityGroupNames");
    }

    /** A stack read in full, its security groups named as its instances name them. */
    public ScalingStackInventory(Stack stack, Optional<CloudFormationStack> cloudFormationStack,
                                 List<StackResource> resources, List<ScalingGroupDrift> groups,
                                 Map<String, Ec2Instance> ec2ById, Instant loadedAt) {
        this(stack, cloudFormationStack, resources, groups, ec2ById, loadedAt, List.of(),
                new SecurityGroupNames(namesOnInstances(ec2ById.values())));
    }

    /** The names EC2 gives the security groups these instances have (a group without a name is left out). */
    static Map<String, String> namesOnInstances(Collection<Ec2Instance> instances) {
        Map<String, String> names = new HashMap<>();
        instances.stream().flatMap(instance -> instance.securityGroups().stream())
                .filter(group -> group.name() != null).forEach(group -> names.putIfAbsent(group.id(), group.name()));
        return names;
    }

    public Optional<ScalingGroupDrift> group(String groupName) {
        return groups.stream().filter(drift -> drift.group().name().equals(groupName)).findFirst();
    }
}
