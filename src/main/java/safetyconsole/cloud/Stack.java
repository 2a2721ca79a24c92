package safetyconsole.cloud;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpsWorks stack. {@code colorAttribute} is the raw {@code Attributes.Color} value
 * (e.g. {@code rgb(45, 114, 184)}), kept as text because it may be missing or malformed.
 */
public record Stack(
        String id,
        String name,
        String region,
        String vpcId,
        Map<String, String> tags,
        String colorAttribute,
        boolean useOpsworksSecurityGroups,
        String customJson,
        Instant createdAt) {

    public Stack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        tags = Map.copyOf(tags);
    }

    public Optional<String> color() {
        return Optional.ofNullable(colorAttribute);
    }

    public Optional<String> vpc() {
        return Optional.ofNullable(vpcId);
    }
}
