package safetyconsole.cloud;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One instance refresh of an Auto Scaling group. */
public record InstanceRefresh(
        String id,
        String groupName,
        InstanceRefreshStatus status,
        OptionalInt percentageComplete,
        Optional<Instant> startTime,
        Optional<String> statusReason) {

    public InstanceRefresh {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(percentageComplete, "percentageComplete");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(statusReason, "statusReason");
    }
}
