package safetyconsole.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.VerifyReport;

/**
 * Verifies a log in a JVM that {@link AuditBench} starts with a small heap: finishing at all proves verify's memory
 * bound, which a heap peak in Maven's large heap cannot (there the young generation fills with garbage first).
 * Arguments: the log, and a smaller log to warm up on.
 */
public final class AuditVerifyInSmallHeap {

    private static final int ROUNDS = 3;

    private AuditVerifyInSmallHeap() {
    }

    public static void main(String[] args) {
        new AuditLog(Path.of(args[1]), Clock.systemUTC(), AuditLog.Durability.OS_BUFFERED).verify();
        AuditLog log = new AuditLog(Path.of(args[0]), Clock.systemUTC(), AuditLog.Durability.OS_BUFFERED);
        for (int round = 1; round <= ROUNDS; round++) {
            System.gc();
            HeapPeak.reset();
            long start = System.nanoTime();
            VerifyReport report = log.verify();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  max heap %d MiB, round %d: verify %,d entries: %.2f s, %s, heap peak"
                    + " %.0f MiB%n", Runtime.getRuntime().maxMemory() >> 20, round, report.entries(), seconds,
                    report.status(), HeapPeak.bytes() / 1048576.0);
        }
    }
}
