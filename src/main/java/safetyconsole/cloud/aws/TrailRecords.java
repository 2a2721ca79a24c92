package safetyconsole.cloud.aws;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.Resource;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.json.Json;

/**
 * A LookupEvents event as a {@link TrailEvent}: the summary fields AWS returns beside it, and the raw record in
 * {@code CloudTrailEvent} for who called (userIdentity, invokedBy, MFA), from where and with what parameters.
 */
final class TrailRecords {

    private TrailRecords() {
    }

    static TrailEvent event(Event event, String queryRegion) {
        JsonNode record = record(event);
        JsonNode identity = record.path("userIdentity");
        JsonNode parameters = record.path("requestParameters");
        boolean mfa = "true".equals(
                identity.path("sessionContext").path("attributes").path("mfaAuthenticated").asText());
        String userName = event.username() != null ? event.username() : text(identity, "userName");
        String region = text(record, "awsRegion");
        return new TrailEvent(event.eventId(), event.eventTime(), event.eventSource(), event.eventName(),
                region == null ? queryRegion : region, text(identity, "arn"), userName, text(identity, "invokedBy"),
                text(record, "sourceIPAddress"), mfa, resourceIds(event, parameters), scalars(parameters));
    }

    private static JsonNode record(Event event) {
        if (event.cloudTrailEvent() == null) {
            return Json.mapper().createObjectNode();
        }
        try {
            return Json.mapper().readTree(event.cloudTrailEvent());
        } catch (JsonProcessingException e) {
            throw new CloudException(CloudException.Kind.UNKNOWN, "CloudTrail event " + event.eventId()
                    + " has a record that is not JSON", e);
        }
    }

    /**
     * As the snapshot does: the listed resources plus the instance ids in the request (OpsWorks lists none;
     * DetachInstances names its instances in an array).
     */
    private static List<String> resourceIds(Event event, JsonNode parameters) {
        Set<String> ids = new LinkedHashSet<>();
        event.resources().stream().map(Resource::resourceName).filter(n -> n != null).forEach(ids::add);
        if (parameters.hasNonNull("instanceId")) {
            ids.add(parameters.get("instanceId").asText());
        }
        parameters.path("instancesSet").path("items").forEach(item -> {
            if (item.hasNonNull("instanceId")) {
                ids.add(item.get("instanceId").asText());
            }
        });
        parameters.path("instanceIds").forEach(id -> {
            if (id.isTextual()) {
                ids.add(id.asText());
            }
        });
        return List.copyOf(ids);
    }

    private static Map<String, String> scalars(JsonNode parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        parameters.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                out.put(field.getKey(), field.getValue().asText());
            }
        });
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
