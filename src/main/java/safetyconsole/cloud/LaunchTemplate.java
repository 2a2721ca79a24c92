package safetyconsole.cloud;

import java.util.Objects;

/** An EC2 launch template: which of its versions {@code $Default} and {@code $Latest} mean today. */
public record LaunchTemplate(String id, String name, long defaultVersionNumber, long latestVersionNumber) {

    public LaunchTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
