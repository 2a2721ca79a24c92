package safetyconsole.bench;

import java.util.Locale;

import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.TestClocks;

/**
 * How long the demo's account scale takes to generate (it is made on every start with {@code --demo-scale account}).
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=safetyconsole.bench.AccountScaleBench
 */
public final class AccountScaleBench {

    private static final int ROUNDS = 5;

    private AccountScaleBench() {
    }

    public static void main(String[] args) {
        long first = System.nanoTime();
        DemoAccount.accountScale(TestClocks.fixed());
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
    }
}
