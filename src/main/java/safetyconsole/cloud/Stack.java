package safetyconsole.cloud;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpsWorks stack. {@code vpc} is the id of its VPC, absent for a stack outside any VPC (EC2-Classic).
 * {@code color} is the raw {@code Attributes.Color} value (e.g. {@code rgb(45, 114, 184)}), kept as text
 * because it may be missing or malformed.
 */
public record Stack(
        String id,
        String name,
        String region,
        Optional<String> vpc,
        Map<String, String> tags,
        Optional<String> color,
        boolean useOpsworksSecurityGroups,
        String customJson,
        Instant createdAt) {

    public Stack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(color, "color");
        tags = Map.copyOf(tags);
    }
}
