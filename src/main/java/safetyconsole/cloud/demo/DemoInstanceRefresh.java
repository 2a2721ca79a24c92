package safetyconsole.cloud.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;

/**
 * One instance refresh with SkipMatching, as the demo runs it: it takes {@link #DURATION}, its percentage is the
 * share of that time gone by, and it replaces its instances all at once when the time is up (decision 0022). It
 * replaces towards the template version the group used when it started, as Auto Scaling does.
 */
final class DemoInstanceRefresh {

    /** How long every demo refresh takes: long enough to watch, short enough to see it end. */
    static final Duration DURATION = Duration.ofMinutes(10);

    private final String id;
    private final String groupName;
    private final Instant startTime;
    private final String targetTemplateId;
    private final long targetVersion;
    private InstanceRefreshStatus status = InstanceRefreshStatus.IN_PROGRESS;
    private Optional<String> statusReason = Optional.empty();
    private int percentageWhenStopped;

    DemoInstanceRefresh(String id, String groupName, Instant startTime, String targetTemplateId,
                        long targetVersion) {
        this.id = id;
        this.groupName = groupName;
        this.startTime = startTime;
        this.targetTemplateId = targetTemplateId;
        this.targetVersion = targetVersion;
    }

    InstanceRefresh describe(Instant now) {
        int percentage = status == InstanceRefreshStatus.IN_PROGRESS ? percentageAt(now) : percentageWhenStopped;
        return new InstanceRefresh(id, groupName, status, OptionalInt.of(percentage), Optional.of(startTime),
                statusReason);
    }

    boolean isActive() {
        return status.isActive();
    }

    /** In progress, and its time is up: the instances are due to be replaced now. */
    boolean isDue(Instant now) {
        return status == InstanceRefreshStatus.IN_PROGRESS && !now.isBefore(startTime.plus(DURATION));
    }

    void succeed() {
        status = InstanceRefreshStatus.SUCCESSFUL;
        percentageWhenStopped = 100;
    }

    /** CancelInstanceRefresh: instances replaced so far stay replaced; in the demo that is none. */
    void cancel(Instant now) {
        percentageWhenStopped = percentageAt(now);
        status = InstanceRefreshStatus.CANCELLED;
        statusReason = Optional.of("Cancelled due to user request.");
    }

    String id() {
        return id;
    }

    String targetTemplateId() {
        return targetTemplateId;
    }

    long targetVersion() {
        return targetVersion;
    }

    private int percentageAt(Instant now) {
        long elapsed = Math.max(0, Duration.between(startTime, now).toMillis());
        return (int) Math.min(100, elapsed * 100 / DURATION.toMillis());
    }
}
