package safetyconsole.cloud;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The launch template part of an Auto Scaling group's mixed instances policy. */
public record MixedInstancesPolicy(LaunchTemplateSpec launchTemplate, List<LaunchTemplateOverride> overrides) {

    public MixedInstancesPolicy {
        Objects.requireNonNull(launchTemplate, "launchTemplate");
        overrides = List.copyOf(overrides);
    }

    /** The spec instances of this type launch from: their override's own, else the policy's. */
    public LaunchTemplateSpec launchTemplateFor(String instanceType) {
        return overrides.stream().filter(override -> override.instanceType().equals(instanceType))
                .map(LaunchTemplateOverride::launchTemplate).flatMap(Optional::stream)
                .findFirst().orElse(launchTemplate);
    }
}
