package safetyconsole.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One CloudTrail management event, reduced to what attribution needs.
 * {@code invokedBy} is set when a service (e.g. {@code opsworks.amazonaws.com}) made the call for someone.
 */
public record TrailEvent(
        String eventId,
        Instant eventTime,
        String eventSource,
        String eventName,
        String region,
        String principalArn,
        String userName,
        String invokedBy,
        String sourceIp,
        boolean mfaAuthenticated,
        List<String> resourceIds,
        Map<String, String> requestParameters) {

    public TrailEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(eventSource, "eventSource");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(region, "region");
        resourceIds = List.copyOf(resourceIds);
        requestParameters = Map.copyOf(requestParameters);
    }
}
