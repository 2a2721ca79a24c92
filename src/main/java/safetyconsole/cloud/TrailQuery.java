package safetyconsole.cloud;

import java.time.Instant;
import java.util.Objects;

/**
 * A CloudTrail LookupEvents query: one lookup attribute per call (as the API allows), one region,
 * a time window.
 */
public record TrailQuery(String region, Attribute attribute, String value, Instant from, Instant to) {

    public enum Attribute { EVENT_NAME, RESOURCE_NAME, EVENT_SOURCE, USERNAME }

    public TrailQuery {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Trail query ends before it starts");
        }
    }

    public boolean matches(TrailEvent event) {
        if (!event.region().equals(region) || event.eventTime().isBefore(from) || event.eventTime().isAfter(to)) {
            return false;
        }
        return switch (attribute) {
            case EVENT_NAME -> event.eventName().equals(value);
            case EVENT_SOURCE -> event.eventSource().equals(value);
            case USERNAME -> value.equals(event.userName());
            case RESOURCE_NAME -> event.resourceIds().contains(value);
        };
    }
}
