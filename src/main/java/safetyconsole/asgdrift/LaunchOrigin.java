package safetyconsole.asgdrift;

import java.util.Objects;
import java.util.Optional;

import safetyconsole.cloud.TaggedEc2Instance;

/** The launch template and version an instance was actually launched from, as its EC2 tags say. */
public record LaunchOrigin(String templateId, String version) {

    public LaunchOrigin {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(version, "version");
    }

    /** Empty when the instance carries no launch template tags (launched by hand, or tags removed). */
    public static Optional<LaunchOrigin> of(TaggedEc2Instance ec2) {
        return ec2.launchTemplateId().flatMap(id -> ec2.launchTemplateVersion().map(version ->
                new LaunchOrigin(id, version)));
    }

    public boolean isFrom(TemplateVersionRef used) {
        return templateId.equals(used.templateId()) && version.equals(Long.toString(used.versionNumber()));
    }

    /** Relative to the version in use: "version 1", or the other template's id and version. */
    public String wordsBeside(TemplateVersionRef used) {
        return templateId.equals(used.templateId()) ? "version " + version
                : "another launch template (" + templateId + ") version " + version;
    }
}
