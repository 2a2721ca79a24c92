package safetyconsole.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import safetyconsole.ThreadPools;
import safetyconsole.audit.AuditIndex;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.audit.VerifyReport;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.audit.AuditViewModel;

/**
 * Audit log throughput: appends (buffered and fsync'd), then verify and read of a 100,000-entry log, the audit
 * window's first page of it, and verify again in a child JVM with a 64 MiB heap ({@link AuditVerifyInSmallHeap}).
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=safetyconsole.bench.AuditBench
 * Results go into docs/benchmarks.md by hand; this is not a test and asserts nothing.
 */
public final class AuditBench {

    private static final int ENTRIES = 100_000;
    private static final int SYNCED_ENTRIES = 2_000;
    private static final String SMALL_HEAP = "-Xmx64m";
    /** The audit window's filters: stack, operation, operator. */
    private AuditBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("audit-bench");
        AuditRecord record = new AuditRecord(new Operator("alice", "ws-17"), "arn:aws:iam::123456789012:user/alice",
                "123456789012", "us-east-1", "2f1c5e0a-1b2c-4d5e-8f90-123456789abc", "shop-prod", "PRODUCTION",
                "DELETE_INSTANCE", "DeleteVolumes", "7d2b1c4e-0000-4000-8000-000000000001",
                List.of("rails-app7 (ff458ec5-bc34-3ba6-9d78-c091094e8ca7, i-03ab8ffb0b588b1af)"),
                new Evidence("shop-prod", "Decommission rails-app7, ticket OPS-1234", "arm-1"), Phase.RESULT,
                "ok request=8920e2ec-a90e-3a71-ae94-04a6ae60a561");

        AuditLog buffered = decodingAsTheConsoleDoes(dir.resolve("buffered.jsonl"));
        warmUp(dir, record);
        long start = System.nanoTime();
        for (int i = 0; i < ENTRIES; i++) {
            buffered.append(record);
        }
        double appendSeconds = seconds(start);

        AuditLog synced = new AuditLog(dir.resolve("synced.jsonl"), TestClocks.fixed(), AuditLog.Durability.SYNC);
        start = System.nanoTime();
        for (int i = 0; i < SYNCED_ENTRIES; i++) {
            synced.append(record);
        }
        double syncSeconds = seconds(start);

        System.gc();
        HeapPeak.reset();
        start = System.nanoTime();
        VerifyReport report = buffered.verify();
        double verifySeconds = seconds(start);
        long verifyPeak = HeapPeak.bytes();

        start = System.nanoTime();
        int read = buffered.readAll().size();
        double readSeconds = seconds(start);

        start = System.nanoTime();
        AuditIndex.Selection newestFirst = buffered.index(AuditViewModel.KEYS)
                .select(Collections.nCopies(AuditViewModel.KEYS.size(), null));
        int shown = newestFirst.read(0, Math.min(100, newestFirst.size())).size();
        double firstPageSeconds = seconds(start);

        long fileBytes = Files.size(buffered.file());
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "append, OS-buffered: %,d entries in %.2f s = %,.0f entries/s (%.1f us each)%n",
                ENTRIES, appendSeconds, ENTRIES / appendSeconds, appendSeconds * 1e6 / ENTRIES);
        System.out.printf(Locale.ROOT, "append, fsync each:  %,d entries in %.2f s = %,.0f entries/s (%.2f ms each)%n",
                SYNCED_ENTRIES, syncSeconds, SYNCED_ENTRIES / syncSeconds, syncSeconds * 1e3 / SYNCED_ENTRIES);
        System.out.printf(Locale.ROOT, "log size: %,d bytes (%d bytes/entry)%n", fileBytes, fileBytes / ENTRIES);
        System.out.printf(Locale.ROOT, "verify %,d entries: %.2f s, %s, heap peak %.0f MiB%n", report.entries(),
                verifySeconds, report.status(), verifyPeak / 1048576.0);
        System.out.printf(Locale.ROOT, "readAll %,d entries: %.2f s%n", read, readSeconds);
        System.out.printf(Locale.ROOT, "audit window's index of %,d entries and its first %d rows: %.2f s%n",
                newestFirst.size(), shown, firstPageSeconds);
        System.out.printf(Locale.ROOT, "verify in a child JVM with %s, round after round:%n", SMALL_HEAP);
        verifyInSmallHeap(buffered.file(), dir.resolve("warm.jsonl"));
    }

    /** Maven's JVM runs this bench with the project's classes on a class loader of their own: its URLs are theirs. */
    private static void verifyInSmallHeap(Path log, Path warm) throws IOException, InterruptedException {
        String classPath = AuditBench.class.getClassLoader() instanceof URLClassLoader loader
                ? Arrays.stream(loader.getURLs()).map(AuditBench::path).collect(Collectors.joining(File.pathSeparator))
                : System.getProperty("java.class.path");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SMALL_HEAP, "-cp", classPath, AuditVerifyInSmallHeap.class.getName(), log.toString(), warm.toString())
                .inheritIO().start();
        if (child.waitFor() != 0) {
            System.out.println("  the child JVM failed: exit code " + child.exitValue());
        }
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Read on the console's decoders, the anchor beside the log. */
    static AuditLog decodingAsTheConsoleDoes(Path file) {
        return new AuditLog(file, file.resolveSibling(file.getFileName() + ".anchor"), TestClocks.fixed(),
                AuditLog.Durability.OS_BUFFERED, ThreadPools.auditDecoders());
    }

    private static void warmUp(Path dir, AuditRecord record) {
        AuditLog warm = decodingAsTheConsoleDoes(dir.resolve("warm.jsonl"));
        for (int i = 0; i < 5_000; i++) {
            warm.append(record);
        }
        warm.verify();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
