package safetyconsole.cloud;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An EC2 instance with its tags, for the facts only tags hold: which launch template version it was actually
 * launched from (Auto Scaling's own listing may show the template's current default instead), and protection.
 */
public record TaggedEc2Instance(Ec2Instance instance, Map<String, String> tags) {

    public static final String LAUNCH_TEMPLATE_ID_TAG = "aws:ec2launchtemplate:id";
    public static final String LAUNCH_TEMPLATE_VERSION_TAG = "aws:ec2launchtemplate:version";
    /** The migration script's scale-in protection: the key alone counts, spelled exactly so. */
    public static final String PROTECTED_INSTANCE_TAG = "protected_instance";

    public TaggedEc2Instance {
        Objects.requireNonNull(instance, "instance");
        tags = Map.copyOf(tags);
    }

    public Optional<String> launchTemplateId() {
        return Optional.ofNullable(tags.get(LAUNCH_TEMPLATE_ID_TAG));
    }

    public Optional<String> launchTemplateVersion() {
        return Optional.ofNullable(tags.get(LAUNCH_TEMPLATE_VERSION_TAG));
    }

    public boolean hasProtectedInstanceTag() {
        return tags.containsKey(PROTECTED_INSTANCE_TAG);
    }
}
