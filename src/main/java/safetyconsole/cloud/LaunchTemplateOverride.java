package safetyconsole.cloud;

import java.util.Objects;
import java.util.Optional;

/** One instance type of a mixed instances policy; instances of that type launch from its own template if set. */
public record LaunchTemplateOverride(String instanceType, Optional<LaunchTemplateSpec> launchTemplate) {

    public LaunchTemplateOverride {
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(launchTemplate, "launchTemplate");
    }
}
