package safetyconsole.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFacts;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.DriftReport;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestClocks;

/**
 * Pending-groups analysis of 100,000 OpsWorks instances, the successor analysis of the demo's account scale (500 Auto
 * Scaling groups, 20,000 instances, three launch template versions each, as read), each JIT-warm, with the heap the
 * result holds; and
 * refresh of a 2,000-instance stack against an account answering every call after 100 ms, read sequentially and
 * on the console's pool of 4.
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=safetyconsole.bench.DriftBench
 */
public final class DriftBench {

    private static final int WARM_UP_ROUNDS = 10;
    private static final int ROUNDS = 10;
    private static final double MIB = 1024 * 1024;

    private DriftBench() {
    }

    public static void main(String[] args) {
        DemoAccount huge = DemoAccount.large(1, 100_000, TestClocks.fixed());
        Stack hugeStack = huge.describeStacks().get(0);
        StackInventory hugeInventory = new InventoryLoader(huge, TestClocks.fixed()).load(hugeStack);
        long inventoryHeap = heapInUse();
        DriftReport report = timed("analysis of 100,000 OpsWorks instances",
                () -> DriftAnalyzer.analyze(hugeInventory));
        long reportHeap = heapInUse() - inventoryHeap;
        System.out.printf(Locale.ROOT, "  %,d instances: %s%n  the report holds %.1f MiB of heap (beside the"
                        + " account's and inventory's %.1f MiB)%n", report.instances().size(), report.summary(),
                reportHeap / MIB, inventoryHeap / MIB);

        DemoAccount account = DemoAccount.accountScale(TestClocks.fixed());
        List<ScalingGroupFacts> fleet = new ScalingGroupFactsReader(account).read(account.endpointRegion());
        long fleetHeap = heapInUse();
        List<ScalingGroupDrift> groups = timed("successor analysis of 500 Auto Scaling groups, 20,000 instances",
                () -> fleet.stream().map(ScalingGroupDriftAnalyzer::analyze).toList());
        long groupsHeap = heapInUse() - fleetHeap;
        System.out.printf(Locale.ROOT, "  %s%n  the result holds %.1f MiB of heap (beside the facts' and the rest's"
                + " %.1f MiB)%n", statuses(groups), groupsHeap / MIB, fleetHeap / MIB);

        DemoAccount slow = DemoAccount.large(1, 2_000, TestClocks.fixed());
        Stack stack = slow.describeStacks().get(0);
        slow.faults().setLatency(Duration.ofMillis(100));
        refresh("sequential", new InventoryLoader(slow, TestClocks.fixed()), slow, stack);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            refresh("parallel (4)", new InventoryLoader(slow, TestClocks.fixed(), pool), slow, stack);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The mean and the best of {@value #ROUNDS} rounds after {@value #WARM_UP_ROUNDS} to warm the JIT, and the CPU
     * time of the analysing thread (which a loaded machine inflates less than the time); the last result.
     */
    private static <T> T timed(String what, Supplier<T> analysis) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            analysis.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        T result = null;
        long total = 0;
        long best = Long.MAX_VALUE;
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            result = analysis.get();
            long took = System.nanoTime() - start;
            total += took;
            best = Math.min(best, took);
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / ROUNDS;
        System.out.printf(Locale.ROOT, "%s: mean %.0f ms, best %.0f ms (CPU of the thread: mean %.0f ms)%n", what,
                total / 1e6 / ROUNDS, best / 1e6, cpu);
        return result;
    }

    private static String statuses(List<ScalingGroupDrift> groups) {
        Map<TemplateSyncStatus, Integer> counts = new EnumMap<>(TemplateSyncStatus.class);
        long checked = 0;
        for (ScalingGroupDrift group : groups) {
            for (InstanceTemplateDrift instance : group.instances()) {
                counts.merge(instance.status(), 1, Integer::sum);
                checked++;
            }
        }
        long notUsed = groups.stream().filter(group -> !group.unusedGroups().isEmpty()).count();
        return String.format(Locale.ROOT, "%,d instances %s; %d groups do not use their template's newest groups",
                checked, counts, notUsed);
    }

    /** Heap in use after collecting what is garbage: what the live objects hold, roughly. */
    private static long heapInUse() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void refresh(String how, InventoryLoader loader, DemoAccount account, Stack stack) {
        account.faults().resetCounts();
        long start = System.nanoTime();
        StackInventory inventory = loader.load(stack);
        DriftReport report = DriftAnalyzer.analyze(inventory);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "refresh of %,d instances at 100 ms/call, %s: %.2f s, %d calls"
                        + " (%d DescribeInstances on EC2, %d DescribeSecurityGroups); %d pending%n",
                inventory.instances().size(), how, seconds, account.faults().totalCalls(),
                account.faults().callCount(DemoOperation.DESCRIBE_EC2_INSTANCES),
                account.faults().callCount(DemoOperation.DESCRIBE_SECURITY_GROUPS),
                report.counts().get(SyncStatus.PENDING));
    }
}
