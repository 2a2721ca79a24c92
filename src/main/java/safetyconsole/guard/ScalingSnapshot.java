package safetyconsole.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.LaunchTemplateSpec;

/**
 * What re-verification compares for a plan on a migrated stack: the CloudFormation stack's status (when the stack
 * is one) and, for each group the plan touches, its desired capacity, its instances and its launch template specs.
 */
public record ScalingSnapshot(Optional<String> stackStatus, List<Group> groups) {

    public ScalingSnapshot {
        Objects.requireNonNull(stackStatus, "stackStatus");
        groups = List.copyOf(groups);
    }

    /** One group as planned. */
    public record Group(String name, int desiredCapacity, Set<String> instanceIds, List<LaunchTemplateSpec> specs) {

        public Group {
            Objects.requireNonNull(name, "name");
            instanceIds = Set.copyOf(instanceIds);
            specs = List.copyOf(specs);
        }

        static Group of(AutoScalingGroup group) {
            return new Group(group.name(), group.desiredCapacity(), instanceIds(group), group.launchTemplateSpecs());
        }

        static Set<String> instanceIds(AutoScalingGroup group) {
            return new TreeSet<>(group.instances().stream().map(AutoScalingInstance::instanceId).toList());
        }
    }
}
