package safetyconsole.cloud.aws;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.json.Json;

/**
 * CloudTrail LookupEvents on a {@link LocalAwsPeer}, answering from recorded {@code aws cloudtrail lookup-events}
 * output (shaped like AWS's documented example): events of the signed region, filtered by the one lookup attribute
 * and the time range, newest first, a few per page with a NextToken, as the service pages them. More than one
 * lookup attribute is refused as AWS refuses it; {@link #throttleAbove} makes it refuse requests beyond a rate with
 * AWS's {@code ThrottlingException}.
 */
final class LocalCloudTrail {

    /** An event with what every lookup filters on, read once. */
    private record Recorded(JsonNode event, Instant time, String region) {
    }

    private final List<Recorded> events = new ArrayList<>();
    private final int pageSize;
    private final AtomicInteger throttled = new AtomicInteger();
    private TokenBucket bucket;

    LocalCloudTrail(List<JsonNode> lookupEventsOutputs, int pageSize) {
        lookupEventsOutputs.forEach(output -> output.get("Events").forEach(e ->
                events.add(new Recorded(e, time(e), awsRegion(e)))));
        events.sort((a, b) -> b.time().compareTo(a.time()));
        this.pageSize = pageSize;
    }

    void serveOn(LocalAwsPeer peer) {
        peer.on("LookupEvents", this::lookup);
    }

    /** From now on, more than {@code perSecond} requests a second (a burst of as many allowed) are throttled. */
    synchronized LocalCloudTrail throttleAbove(int perSecond) {
        bucket = new TokenBucket(perSecond, System.nanoTime());
        return this;
    }

    /** How many requests were answered with ThrottlingException. */
    int throttledRequests() {
        return throttled.get();
    }

    private LocalAwsPeer.Reply lookup(LocalAwsPeer.Request request) {
        JsonNode body = request.body();
        if (body.path("LookupAttributes").size() > 1) {
            return LocalAwsPeer.Reply.error(400, "InvalidLookupAttributesException",
                    "You cannot specify more than one lookup attribute.");
        }
        if (!admitted()) {
            throttled.incrementAndGet();
            return LocalAwsPeer.Reply.error(400, "ThrottlingException", "Rate exceeded");
        }
        String region = request.region();
        JsonNode attribute = body.path("LookupAttributes").path(0);
        Instant from = body.has("StartTime") ? epoch(body.get("StartTime")) : Instant.MIN;
        Instant to = body.has("EndTime") ? epoch(body.get("EndTime")) : Instant.MAX;
        List<Recorded> matching = events.stream()
                .filter(e -> region == null || region.equals(e.region()))
                .filter(e -> !e.time().isBefore(from) && !e.time().isAfter(to))
                .filter(e -> matches(e.event(), attribute.path("AttributeKey").asText(),
                        attribute.path("AttributeValue").asText()))
                .toList();
        int start = body.has("NextToken") ? Integer.parseInt(body.get("NextToken").asText()) : 0;
        int size = body.has("MaxResults") ? body.get("MaxResults").asInt() : pageSize;
        ArrayNode page = Json.mapper().createArrayNode();
        for (int i = start; i < Math.min(matching.size(), start + size); i++) {
            ObjectNode event = matching.get(i).event().deepCopy();
            event.put("EventTime", matching.get(i).time().getEpochSecond());
            page.add(event);
        }
        ObjectNode reply = Json.mapper().createObjectNode();
        reply.set("Events", page);
        if (start + size < matching.size()) {
            reply.put("NextToken", Integer.toString(start + size));
        }
        return LocalAwsPeer.Reply.ok(reply);
    }

    private synchronized boolean admitted() {
        return bucket == null || bucket.take(System.nanoTime());
    }

    /** {@code rate} tokens a second, at most {@code rate} kept: a steady paced caller is never refused. */
    private static final class TokenBucket {

        private final int rate;
        private double tokens;
        private long last;

        TokenBucket(int rate, long now) {
            this.rate = rate;
            this.tokens = rate;
            this.last = now;
        }

        boolean take(long now) {
            tokens = Math.min(rate, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

    private static boolean matches(JsonNode event, String key, String value) {
        switch (key) {
            case "EventSource":
                return event.path("EventSource").asText().equals(value);
            case "EventName":
                return event.path("EventName").asText().equals(value);
            case "Username":
                return event.path("Username").asText().equals(value);
            case "ResourceName":
                for (JsonNode resource : event.path("Resources")) {
                    if (resource.path("ResourceName").asText().equals(value)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    private static String awsRegion(JsonNode event) {
        try {
            return Json.mapper().readTree(event.get("CloudTrailEvent").asText()).path("awsRegion").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant time(JsonNode event) {
        JsonNode time = event.get("EventTime");
        return time.isNumber() ? Instant.ofEpochSecond(time.asLong()) : OffsetDateTime.parse(time.asText()).toInstant();
    }

    private static Instant epoch(JsonNode value) {
        return Instant.ofEpochMilli((long) (value.asDouble() * 1000));
    }
}
