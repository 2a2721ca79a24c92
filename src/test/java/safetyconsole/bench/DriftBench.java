package safetyconsole.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.DriftReport;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestClocks;

/**
 * Pending-groups analysis of 100,000 instances, and refresh of a 2,000-instance stack against an account
 * answering every call after 100 ms, read sequentially and on the console's pool of 4.
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=safetyconsole.bench.DriftBench
 */
public final class DriftBench {

    private DriftBench() {
    }

    public static void main(String[] args) {
        DemoAccount huge = DemoAccount.large(1, 100_000, TestClocks.fixed());
        Stack hugeStack = huge.describeStacks().get(0);
        StackInventory hugeInventory = new InventoryLoader(huge, TestClocks.fixed()).load(hugeStack);
        for (int i = 0; i < 3; i++) {
            DriftAnalyzer.analyze(hugeInventory);
        }
        int rounds = 5;
        long start = System.nanoTime();
        DriftReport report = null;
        for (int i = 0; i < rounds; i++) {
            report = DriftAnalyzer.analyze(hugeInventory);
        }
        double analysis = (System.nanoTime() - start) / 1e9 / rounds;
        System.out.printf(Locale.ROOT, "analysis of %,d instances: %.0f ms (%s)%n", report.instances().size(),
                analysis * 1000, report.summary());

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
                report.counts().get(safetyconsole.drift.SyncStatus.PENDING));
    }
}
