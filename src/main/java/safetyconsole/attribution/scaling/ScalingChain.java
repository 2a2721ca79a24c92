package safetyconsole.attribution.scaling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The chains of every instance gone from one Auto Scaling group in {@code [from, to]}, in the order asked.
 * {@code unchecked} holds what failed for the whole group (the activity history unreadable, a lookup refused);
 * the same reasons also appear on each instance's missing links. {@code lookups} counts the CloudTrail
 * lookups made: one per call name and window of the group, never one per event.
 */
public record ScalingChain(
        String region,
        String groupName,
        Optional<String> stackName,
        Instant from,
        Instant to,
        List<GoneInstance> instances,
        List<MissingLink> unchecked,
        int lookups) {

    public ScalingChain {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        instances = List.copyOf(instances);
        unchecked = List.copyOf(unchecked);
    }
}
