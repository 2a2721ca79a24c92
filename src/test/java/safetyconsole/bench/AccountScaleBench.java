package safetyconsole.bench;

import java.util.List;
import java.util.Locale;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.ScalingStackLoader;
import safetyconsole.testing.TestClocks;

/**
 * The demo's account scale: how long it takes to generate (it is made on every start with {@code --demo-scale
 * account}), and the calls of a full refresh of it (the stack list, every OpsWorks stack's inventory, every migrated
 * stack in one refresh) per operation, stack by stack as before and in one refresh as the check reads them now.
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=safetyconsole.bench.AccountScaleBench
 */
public final class AccountScaleBench {

    private static final int ROUNDS = 5;

    private AccountScaleBench() {
    }

    public static void main(String[] args) {
        long first = System.nanoTime();
        DemoAccount account = DemoAccount.accountScale(TestClocks.fixed());
        double cold = (System.nanoTime() - first) / 1e9;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            DemoAccount.accountScale(TestClocks.fixed());
            long took = System.nanoTime() - start;
            best = Math.min(best, took);
            total += took;
        }
        System.out.printf(Locale.ROOT,
                "account scale generated: first %.2f s, then mean %.2f s, best %.2f s (%d rounds)%n", cold,
                total / 1e9 / ROUNDS, best / 1e9, ROUNDS);
        ScalingStackLoader oneByOne = new ScalingStackLoader(account, TestClocks.fixed());
        refresh(account, "stack by stack", oneByOne);
        refresh(account, "one refresh", oneByOne.forOneRefresh());
    }

    private static void refresh(DemoAccount account, String how, ScalingStackLoader migrated) {
        account.faults().resetCounts();
        long start = System.nanoTime();
        List<Stack> stacks = AccountStacks.read(account).stacks();
        InventoryLoader inventories = new InventoryLoader(account, TestClocks.fixed());
        for (Stack stack : stacks) {
            if (stack.isOpsWorks()) {
                inventories.load(stack);
            } else {
                migrated.load(stack);
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "full refresh, migrated stacks %s: %d calls, %.2f s without latency%n", how,
                account.faults().totalCalls(), took);
        for (DemoOperation operation : DemoOperation.values()) {
            long calls = account.faults().callCount(operation);
            if (calls > 0) {
                System.out.printf(Locale.ROOT, "  %-34s %5d%n", operation, calls);
            }
        }
    }
}
