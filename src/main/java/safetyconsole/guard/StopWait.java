package safetyconsole.guard;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;

/**
 * Waits for a stop the guard asked for to show in OpsWorks. The stop has happened by then, so a read that fails
 * (a throttle, a network blip) is tried again with a growing pause rather than ending the plan. The bound is the
 * time asked of the {@link Sleeper}, not the clock, so a clock stepping back or forward cannot stretch or cut it.
 */
final class StopWait {

    /** How long, in pauses, a stop may take to show; the confirmation of a stop-and-start lasts this per target. */
    static final Duration TIMEOUT = Duration.ofMinutes(20);
    /** The pause between two reads that answered. */
    static final Duration POLL = Duration.ofSeconds(10);
    /** The first pause after a failed read; each further failure doubles it, up to {@link #LONGEST_BACKOFF}. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration LONGEST_BACKOFF = Duration.ofSeconds(60);
    /** Failed reads in a row after which the state is given up as unknown. */
    static final int READ_TRIES = 6;
    private static final Logger LOG = LoggerFactory.getLogger(StopWait.class);

    private final CloudAccount reads;
    private final Sleeper sleeper;

    StopWait(CloudAccount reads, Sleeper sleeper) {
        this.reads = reads;
        this.sleeper = sleeper;
    }

    /** Empty once the instance is stopped; else why the wait ended, saying what state it was last seen in. */
    Optional<String> until(String stackId, String instanceId) {
        Duration waited = Duration.ZERO;
        String lastSeen = "not read since the stop";
        int failuresInARow = 0;
        while (true) {
            Duration pause;
            try {
                Optional<Instance> now = reads.describeInstances(stackId).stream()
                        .filter(instance -> instance.id().equals(instanceId)).findFirst();
                if (now.isEmpty()) {
                    return Optional.of("the instance disappeared while stopping");
                }
                if (now.get().status() == InstanceStatus.STOPPED) {
                    return Optional.empty();
                }
                lastSeen = now.get().status().apiName();
                failuresInARow = 0;
                pause = POLL;
            } catch (CloudException e) {
                failuresInARow++;
                LOG.warn("Reading {} while it stops failed ({} in a row)", instanceId, failuresInARow, e);
                if (failuresInARow >= READ_TRIES) {
                    return Optional.of("its state could not be read " + READ_TRIES + " times in a row (" + e.kind()
                            + "); last seen: " + lastSeen);
                }
                pause = backoff(failuresInARow);
            }
            if (waited.plus(pause).compareTo(TIMEOUT) > 0) {
                return Optional.of("still not stopped after " + TIMEOUT.toMinutes() + " minutes; last seen: "
                        + lastSeen);
            }
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while waiting for the stop; last seen: " + lastSeen);
            }
            waited = waited.plus(pause);
        }
    }

    private static Duration backoff(int failuresInARow) {
        Duration pause = FIRST_BACKOFF.multipliedBy(1L << Math.min(failuresInARow - 1, 10));
        return pause.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : pause;
    }
}
