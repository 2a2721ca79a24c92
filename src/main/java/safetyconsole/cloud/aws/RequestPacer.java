package safetyconsole.cloud.aws;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces calls at least {@code interval} apart, across threads: CloudTrail answers LookupEvents at about two
 * requests per second per account and region, and more only earns throttling errors.
 */
final class RequestPacer {

    /** How the pacer waits; tests pass a fake that records instead of sleeping. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long nextSlot = Long.MIN_VALUE;

    RequestPacer(Duration interval, LongSupplier nanoClock, Sleeper sleeper) {
        this.intervalNanos = interval.toNanos();
        this.clock = nanoClock;
        this.sleeper = sleeper;
    }

    static RequestPacer perSecond(int requests) {
        return new RequestPacer(Duration.ofSeconds(1).dividedBy(requests), System::nanoTime, nanos ->
                TimeUnit.NANOSECONDS.sleep(nanos));
    }

    /** Waits for this caller's slot; slots are handed out in call order. */
    void acquire() {
        long wait;
        synchronized (this) {
            long now = clock.getAsLong();
            long slot = nextSlot == Long.MIN_VALUE || nextSlot - now < 0 ? now : nextSlot;
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new safetyconsole.cloud.CloudException(safetyconsole.cloud.CloudException.Kind.UNKNOWN,
                        "Interrupted while waiting to call CloudTrail", e);
            }
        }
    }
}
