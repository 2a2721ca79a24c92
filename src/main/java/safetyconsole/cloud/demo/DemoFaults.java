package safetyconsole.cloud.demo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;

import safetyconsole.cloud.CloudException;

/**
 * Latency, failures and call counts for the demo account, so that tests and benchmarks can see how
 * the console behaves against a slow, throttling or broken account, and how many calls it makes.
 */
public final class DemoFaults {

    private final AtomicLongArray calls = new AtomicLongArray(DemoOperation.values().length);
    /** Per operation, what the next calls do in turn: empty succeeds, a kind fails. */
    private final Map<DemoOperation, Deque<Optional<CloudException.Kind>>> scripted =
            new EnumMap<>(DemoOperation.class);
    private final Map<DemoOperation, CloudException.Kind> standingFailures = new EnumMap<>(DemoOperation.class);
    private final Map<DemoOperation, Duration> latencies = new EnumMap<>(DemoOperation.class);
    private volatile Duration defaultLatency = Duration.ZERO;

    /** Every call waits this long (unless its operation has a latency of its own). */
    public void setLatency(Duration latency) {
        defaultLatency = requireNonNegative(latency);
    }

    public synchronized void setLatency(DemoOperation operation, Duration latency) {
        latencies.put(operation, requireNonNegative(latency));
    }

    /** The next call of {@code operation} fails with {@code kind}; later calls succeed again. */
    public synchronized void failNext(DemoOperation operation, CloudException.Kind kind) {
        failAfter(operation, 0, kind);
    }

    /** The next {@code successes} calls of {@code operation} succeed, the one after fails with {@code kind}. */
    public synchronized void failAfter(DemoOperation operation, int successes, CloudException.Kind kind) {
        Deque<Optional<CloudException.Kind>> queue = scripted.computeIfAbsent(operation, op -> new ArrayDeque<>());
        for (int i = 0; i < successes; i++) {
            queue.add(Optional.empty());
        }
        queue.add(Optional.of(kind));
    }

    /** Every call of {@code operation} fails with {@code kind} until {@link #clearFailures()}. */
    public synchronized void failAlways(DemoOperation operation, CloudException.Kind kind) {
        standingFailures.put(operation, kind);
    }

    public synchronized void clearFailures() {
        scripted.clear();
        standingFailures.clear();
    }

    public long callCount(DemoOperation operation) {
        return calls.get(operation.ordinal());
    }

    public long totalCalls() {
        long total = 0;
        for (int i = 0; i < calls.length(); i++) {
            total += calls.get(i);
        }
        return total;
    }

    public void resetCounts() {
        for (int i = 0; i < calls.length(); i++) {
            calls.set(i, 0);
        }
    }

    /** Counts the call, waits out its latency, then throws the injected failure if there is one. */
    void enter(DemoOperation operation) {
        calls.incrementAndGet(operation.ordinal());
        sleep(latencyOf(operation));
        Optional<CloudException.Kind> failure = nextFailure(operation);
        if (failure.isPresent()) {
            throw new CloudException(failure.get(), "Injected demo failure for " + operation);
        }
    }

    private synchronized Duration latencyOf(DemoOperation operation) {
        return latencies.getOrDefault(operation, defaultLatency);
    }

    private synchronized Optional<CloudException.Kind> nextFailure(DemoOperation operation) {
        Deque<Optional<CloudException.Kind>> queued = scripted.get(operation);
        if (queued != null && !queued.isEmpty()) {
            return queued.poll();
        }
        return Optional.ofNullable(standingFailures.get(operation));
    }

    private static void sleep(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(CloudException.Kind.NETWORK, "Interrupted while waiting for the demo account", e);
        }
    }

    private static Duration requireNonNegative(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("Latency cannot be negative: " + latency);
        }
        return latency;
    }
}
