package safetyconsole.cloud;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An Auto Scaling group: its launch template (directly, or through a mixed instances policy, which wins),
 * its capacity, tags and instances. Without either spec it launches from a launch configuration. {@code arn} is
 * what identifies a group that no CloudFormation stack owns: such a group is a stack of its own, with this id.
 */
public record AutoScalingGroup(
        String name,
        String arn,
        String region,
        Optional<LaunchTemplateSpec> launchTemplate,
        Optional<MixedInstancesPolicy> mixedInstancesPolicy,
        int desiredCapacity,
        int minSize,
        int maxSize,
        Map<String, String> tags,
        UpdatePolicyPresence updatePolicy,
        List<AutoScalingInstance> instances) {

    /** The tag CloudFormation puts on the resources of a stack. */
    public static final String CLOUDFORMATION_STACK_NAME_TAG = "aws:cloudformation:stack-name";

    public AutoScalingGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(launchTemplate, "launchTemplate");
        Objects.requireNonNull(mixedInstancesPolicy, "mixedInstancesPolicy");
        Objects.requireNonNull(updatePolicy, "updatePolicy");
        tags = Map.copyOf(tags);
        instances = List.copyOf(instances);
    }

    /** The spec an instance of this type launches from now; empty for a launch configuration. */
    public Optional<LaunchTemplateSpec> launchTemplateFor(String instanceType) {
        return mixedInstancesPolicy.map(policy -> policy.launchTemplateFor(instanceType)).or(() -> launchTemplate);
    }

    /**
     * Every spec the group names, each once: its mixed instances policy's (else its own) first, then each
     * override's. Empty for a launch configuration.
     */
    public List<LaunchTemplateSpec> launchTemplateSpecs() {
        Stream<LaunchTemplateSpec> main = mixedInstancesPolicy.map(MixedInstancesPolicy::launchTemplate)
                .or(() -> launchTemplate).stream();
        Stream<LaunchTemplateSpec> overrides = mixedInstancesPolicy.stream()
                .flatMap(policy -> policy.overrides().stream()).map(LaunchTemplateOverride::launchTemplate)
                .flatMap(Optional::stream);
        return Stream.concat(main, overrides).distinct().toList();
    }

    /** The CloudFormation stack that owns the group, if any. */
    public Optional<String> cloudFormationStackName() {
        return Optional.ofNullable(tags.get(CLOUDFORMATION_STACK_NAME_TAG));
    }
}
