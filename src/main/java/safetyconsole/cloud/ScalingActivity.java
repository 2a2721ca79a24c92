package safetyconsole.cloud;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an Auto Scaling group's activity history ({@code DescribeScalingActivities}, six weeks, deleted
 * groups included). {@code cause} is the service's own sentence(s), e.g. "At 2021-10-06T20:22:57Z a user request
 * explicitly set group desired capacity changing the desired capacity from 4 to 2. …": kept as written, parsed by
 * the attribution logic, never here.
 */
public record ScalingActivity(
        String activityId,
        String groupName,
        String description,
        String cause,
        Instant startTime,
        Optional<Instant> endTime,
        String statusCode) {

    public ScalingActivity {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(statusCode, "statusCode");
    }
}
