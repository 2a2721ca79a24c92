package safetyconsole.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.VerifyReport;

/**
 * Verifies a log in a JVM that {@link AuditBench} starts with a small heap: finishing at all proves verify's memory
 * bound, which a heap peak in Maven's large heap cannot (there the young generation fills with garbage first).
 * The heap peak is summed over the heap's pools as {@link AuditBench} sums it: pools peak at different times, so the
 * sum can pass the maximum heap. Arguments: the log, and a smaller log to warm up on.
 */
public final class AuditVerifyInSmallHeap {

    private static final int ROUNDS = 8;

    private AuditVerifyInSmallHeap() {
    }

    /** How many collections so far, and their milliseconds. */
    private static long[] collections() {
        long[] countAndMillis = new long[2];
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            countAndMillis[0] += collector.getCollectionCount();
            countAndMillis[1] += collector.getCollectionTime();
        }
        return countAndMillis;
    }

    public static void main(String[] args) {
        AuditBench.decodingAsTheConsoleDoes(Path.of(args[1])).verify();
        AuditLog log = AuditBench.decodingAsTheConsoleDoes(Path.of(args[0]));
        for (int round = 1; round <= ROUNDS; round++) {
            System.gc();
            HeapPeak.reset();
            long[] gcBefore = collections();
            long start = System.nanoTime();
            VerifyReport report = log.verify();
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] gc = collections();
            System.out.printf(Locale.ROOT, "  max heap %d MiB, round %d: verify %,d entries: %.2f s, %s, heap peak"
                    + " %.0f MiB, %d collections taking %d ms%n", Runtime.getRuntime().maxMemory() >> 20, round,
                    report.entries(), seconds, report.status(), HeapPeak.bytes() / 1048576.0, gc[0] - gcBefore[0],
                    gc[1] - gcBefore[1]);
        }
    }
}
