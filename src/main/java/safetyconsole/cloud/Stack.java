package safetyconsole.cloud;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stack the console opens: what the operator selects, arms, and types the name of to confirm a change.
 * {@code kind} says what holds it: an OpsWorks stack, or one of the stacks migrated off OpsWorks (a CloudFormation
 * stack holding Auto Scaling groups, or a group on its own; then {@code id} is the CloudFormation stack's or the
 * group's ARN, and {@code migratedFrom} the OpsWorks stack its names recover, if they do).
 * {@code vpc} is the id of an OpsWorks stack's VPC, absent for a stack outside any VPC (EC2-Classic) and for the
 * other kinds. {@code color} is the raw OpsWorks {@code Attributes.Color} value (e.g. {@code rgb(45, 114, 184)}),
 * kept as text because it may be missing or malformed; {@code useOpsworksSecurityGroups} and {@code customJson}
 * are OpsWorks settings too (false and empty for the other kinds).
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
        Instant createdAt,
        StackKind kind,
        Optional<OpsWorksOrigin> migratedFrom) {

    public Stack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(migratedFrom, "migratedFrom");
        tags = Map.copyOf(tags);
    }

    /** An OpsWorks stack. */
    public Stack(String id, String name, String region, Optional<String> vpc, Map<String, String> tags,
                 Optional<String> color, boolean useOpsworksSecurityGroups, String customJson, Instant createdAt) {
        this(id, name, region, vpc, tags, color, useOpsworksSecurityGroups, customJson, createdAt, StackKind.OPSWORKS,
                Optional.empty());
    }

    /**
     * A stack migrated off OpsWorks, or one that never was on it: a CloudFormation stack ({@code id} its ARN) or an
     * Auto Scaling group no stack owns ({@code id} the group's ARN).
     */
    public static Stack migrated(StackKind kind, String id, String name, String region, Map<String, String> tags,
                                 Instant createdAt, Optional<OpsWorksOrigin> migratedFrom) {
        if (kind == StackKind.OPSWORKS) {
            throw new IllegalArgumentException("An OpsWorks stack is made with its OpsWorks settings");
        }
        return new Stack(id, name, region, Optional.empty(), tags, Optional.empty(), false, "", createdAt, kind,
                migratedFrom);
    }

    public boolean isOpsWorks() {
        return kind == StackKind.OPSWORKS;
    }
}
