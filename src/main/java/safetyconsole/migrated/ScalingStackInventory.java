package safetyconsole.migrated;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackResource;

/**
 * One stack of the migrated kinds as read at {@code loadedAt}: its CloudFormation stack (status) and resources when
 * it is one, each Auto Scaling group it holds with the security groups of its instances judged against the launch
 * template ({@link ScalingGroupDrift}), and EC2's view of those instances by id (addresses, state). {@code unread}:
 * what could not be read (a group, the stack's status); NOT CHECKED, never taken as clean.
 */
public record ScalingStackInventory(
        Stack stack,
        Optional<CloudFormationStack> cloudFormationStack,
        List<StackResource> resources,
        List<ScalingGroupDrift> groups,
        Map<String, Ec2Instance> ec2ById,
        Instant loadedAt,
        List<ServiceNotice> unread) {

    public ScalingStackInventory {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(cloudFormationStack, "cloudFormationStack");
        Objects.requireNonNull(loadedAt, "loadedAt");
        resources = List.copyOf(resources);
        groups = List.copyOf(groups);
        ec2ById = Map.copyOf(ec2ById);
        unread = List.copyOf(unread);
    }

    /** A stack read in full. */
    public ScalingStackInventory(Stack stack, Optional<CloudFormationStack> cloudFormationStack,
                                 List<StackResource> resources, List<ScalingGroupDrift> groups,
                                 Map<String, Ec2Instance> ec2ById, Instant loadedAt) {
        this(stack, cloudFormationStack, resources, groups, ec2ById, loadedAt, List.of());
    }

    /**
     * A security group's name as EC2 gave it on any instance of the stack; empty for a group no instance has (a
     * template's group that every instance lacks).
     */
    public Optional<String> securityGroupName(String groupId) {
        return ec2ById.values().stream().flatMap(instance -> instance.securityGroups().stream())
                .filter(group -> group.id().equals(groupId)).map(GroupRef::name).filter(Objects::nonNull).findFirst();
    }

    public Optional<ScalingGroupDrift> group(String groupName) {
        return groups.stream().filter(drift -> drift.group().name().equals(groupName)).findFirst();
    }
}
