package safetyconsole.cloud.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import safetyconsole.cloud.ScalingActivity;

/**
 * DescribeScalingActivities, which moto answers always empty, served by a {@link LocalAwsPeer} as Auto Scaling
 * does (query protocol, XML): the activities the test scripts for a group, newest first, {@code MaxRecords} a
 * page (100 at most, the default too) with a {@code NextToken}; activities of a deleted group only with
 * {@code IncludeDeletedGroups=true}.
 */
final class LocalScalingActivities {

    static final int MAX_RECORDS = 100;

    private final Map<String, List<ScalingActivity>> byGroup = new ConcurrentHashMap<>();
    private final Map<String, Boolean> deleted = new ConcurrentHashMap<>();

    void serveOn(LocalAwsPeer peer) {
        peer.on("DescribeScalingActivities", request -> describe(request.body()));
    }

    /** {@code activity} becomes the group's newest. */
    synchronized void add(ScalingActivity activity) {
        byGroup.computeIfAbsent(activity.groupName(), g -> new ArrayList<>()).add(0, activity);
    }

    /** The group is gone; its activities stay for six weeks, listed only when deleted groups are asked for. */
    void deleteGroup(String group) {
        deleted.put(group, true);
    }

    private synchronized LocalAwsPeer.Reply describe(JsonNode form) {
        String group = form.path("AutoScalingGroupName").asText();
        int max = form.has("MaxRecords") ? Integer.parseInt(form.get("MaxRecords").asText()) : MAX_RECORDS;
        if (max < 1 || max > MAX_RECORDS) {
            return LocalAwsPeer.Reply.queryError(400, LocalInstanceRefreshes.NAMESPACE, "ValidationError",
                    "1 validation error detected: Value '" + max + "' at 'maxRecords' failed to satisfy constraint:"
                            + " Member must have value less than or equal to 100");
        }
        boolean includeDeleted = "true".equals(form.path("IncludeDeletedGroups").asText());
        List<ScalingActivity> all = deleted.containsKey(group) && !includeDeleted ? List.of()
                : byGroup.getOrDefault(group, List.of());
        int start = form.has("NextToken") ? Integer.parseInt(form.get("NextToken").asText()) : 0;
        StringBuilder members = new StringBuilder();
        for (ScalingActivity a : all.subList(start, Math.min(all.size(), start + max))) {
            members.append("<member><ActivityId>").append(escape(a.activityId())).append("</ActivityId>")
                    .append("<AutoScalingGroupName>").append(escape(a.groupName())).append("</AutoScalingGroupName>")
                    .append("<Description>").append(escape(a.description())).append("</Description>")
                    .append("<Cause>").append(escape(a.cause())).append("</Cause>")
                    .append("<StartTime>").append(a.startTime()).append("</StartTime>")
                    .append(a.endTime().map(LocalScalingActivities::endTime).orElse(""))
                    .append("<StatusCode>").append(escape(a.statusCode())).append("</StatusCode>")
                    .append("<Progress>100</Progress><Details>{}</Details></member>");
        }
        String next = start + max < all.size() ? "<NextToken>" + (start + max) + "</NextToken>" : "";
        return LocalAwsPeer.Reply.xml("<DescribeScalingActivitiesResponse xmlns=\""
                + LocalInstanceRefreshes.NAMESPACE + "\"><DescribeScalingActivitiesResult><Activities>" + members
                + "</Activities>" + next + "</DescribeScalingActivitiesResult><ResponseMetadata><RequestId>"
                + "req-activities</RequestId></ResponseMetadata></DescribeScalingActivitiesResponse>");
    }

    private static String endTime(Instant end) {
        return "<EndTime>" + end + "</EndTime>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
