package safetyconsole.cloud.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import safetyconsole.cloud.ScalingActivity;

/**
 * The demo's Auto Scaling activity history: one activity per instance launched or terminated, its cause in AWS's
 * own words and time format ("At 2021-10-06T20:22:57Z a user request explicitly set group desired capacity …"), two
 * sentences apart by two spaces as AWS writes them. Deleted groups keep theirs (IncludeDeletedGroups); a read shows
 * the last six weeks, as Auto Scaling keeps them.
 */
final class DemoActivities {

    static final Duration HISTORY = Duration.ofDays(42);
    private static final DateTimeFormatter AWS_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String SUCCESSFUL = "Successful";

    /** Per group key, newest first as Auto Scaling lists them. */
    private final Map<String, List<ScalingActivity>> byGroup = new LinkedHashMap<>();
    private long count;

    /** One sentence of a cause: "At 2021-10-06T20:22:57Z {@code words}." */
    static String sentence(Instant at, String words) {
        return "At " + AWS_TIME.format(at) + " " + words + ".";
    }

    /** Sentences of one cause, as AWS joins them. */
    static String cause(List<String> sentences) {
        return String.join("  ", sentences);
    }

    void launched(String key, String groupName, String ec2Id, String cause, Instant at) {
        add(key, groupName, "Launching a new EC2 instance: " + ec2Id, cause, at);
    }

    void terminated(String key, String groupName, String ec2Id, String cause, Instant at) {
        add(key, groupName, "Terminating EC2 instance: " + ec2Id, cause, at);
    }

    /** The group's activities of the last six weeks before {@code now}, newest first; deleted groups' too. */
    List<ScalingActivity> of(String key, Instant now) {
        Instant oldest = now.minus(HISTORY);
        return byGroup.getOrDefault(key, List.of()).stream()
                .filter(activity -> !activity.startTime().isBefore(oldest)).toList();
    }

    private void add(String key, String groupName, String description, String cause, Instant at) {
        count++;
        // Ids of their own, so that recording activities moves no other id of the demo.
        String id = UUID.nameUUIDFromBytes(("scaling-activity:" + count).getBytes(StandardCharsets.UTF_8)).toString();
        byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(0,
                new ScalingActivity(id, groupName, description, cause, at, Optional.of(at), SUCCESSFUL));
    }
}
