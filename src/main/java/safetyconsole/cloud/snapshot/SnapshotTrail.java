package safetyconsole.cloud.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import safetyconsole.cloud.TrailEvent;

/**
 * The CloudTrail history of a snapshot: every {@code cloudtrail/*.json} file is the output of one
 * {@code aws cloudtrail lookup-events} run. Each event's {@code CloudTrailEvent} record is read as AWS
 * documents it (userIdentity, invokedBy, sourceIPAddress, requestParameters). A file that stops at a
 * {@code NextToken} holds only part of the history and fails the snapshot rather than hide events (as every
 * snapshot file does).
 */
final class SnapshotTrail {

    static final String FOLDER = "cloudtrail";

    private SnapshotTrail() {
    }

    /** All events of the snapshot, or none when it has no {@code cloudtrail} folder. */
    static List<TrailEvent> read(Path root) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new SnapshotException(folder + " could not be read: " + e.getMessage(), e);
        }
        List<TrailEvent> events = new ArrayList<>();
        for (Path file : files) {
            SnapshotFile.stream(root, FOLDER + "/" + file.getFileName(), "Events", "aws cloudtrail lookup-events",
                    item -> events.add(event(item)));
        }
        return List.copyOf(events);
    }

    private static TrailEvent event(SnapshotFile.Item item) {
        SnapshotFile.Item record = item.embedded("CloudTrailEvent");
        SnapshotFile.Item identity = record.object("userIdentity");
        Instant time = record.requiredInstant("eventTime");
        boolean mfa = identity.optionalObject("sessionContext").flatMap(c -> c.optionalObject("attributes"))
                .map(a -> "true".equals(a.optionalText("mfaAuthenticated"))).orElse(false);
        String userName = item.optionalText("Username") != null ? item.optionalText("Username")
                : identity.optionalText("userName");
        return new TrailEvent(record.text("eventID"), time, record.text("eventSource"), record.text("eventName"),
                record.text("awsRegion"), identity.optionalText("arn"), userName, identity.optionalText("invokedBy"),
                record.optionalText("sourceIPAddress"), mfa, resourceIds(item, record),
                record.optionalObject("requestParameters").map(SnapshotFile.Item::scalars).orElse(Map.of()));
    }

    /**
     * The resources LookupEvents lists, plus the instance ids in the request itself: OpsWorks records do
     * not always list their instance as a resource, and a lookup by resource name should find them anyway.
     */
    private static List<String> resourceIds(SnapshotFile.Item item, SnapshotFile.Item record) {
        Set<String> ids = new LinkedHashSet<>();
        item.items("Resources").forEach(r -> ids.add(r.text("ResourceName")));
        record.optionalObject("requestParameters").ifPresent(parameters -> {
            if (parameters.optionalText("instanceId") != null) {
                ids.add(parameters.optionalText("instanceId"));
            }
            parameters.optionalObject("instancesSet").ifPresent(set ->
                    set.items("items").forEach(i -> ids.add(i.text("instanceId"))));
        });
        return List.copyOf(ids);
    }
}
