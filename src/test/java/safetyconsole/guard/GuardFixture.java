package safetyconsole.guard;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.Classification;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestClocks;

/**
 * The seeded demo account behind a guard, an audit log in a temp folder, and a hand-moved clock; the guard's
 * pauses do not sleep but move the clock on and are counted.
 */
final class GuardFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    final DemoAccount account = DemoAccount.seeded(clock);
    final AuditLog audit;
    final Arming arming = new Arming(clock, Arming.DEFAULT_LENGTH, Arming.DEFAULT_IDLE_LIMIT);
    final Planner planner = new Planner(clock);
    final EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of());
    final Guard guard;
    /** Every pause the guard asked for, in order. */
    final List<Duration> pauses = new ArrayList<>();
    /** What else happens in the world while the guard pauses. */
    Runnable onPause = () -> { };

    GuardFixture(Path dir) {
        this(dir, (CloudAccount) null, (CloudOperations) null);
    }

    /** With other reads or writes in front of the demo account (to lie or to record). */
    GuardFixture(Path dir, CloudAccount reads, CloudOperations writes) {
        this(dir, fixture -> reads, fixture -> writes);
    }

    /** With reads and writes made from the fixture's own account and clock (to hook something onto a call). */
    GuardFixture(Path dir, Function<GuardFixture, CloudAccount> reads, Function<GuardFixture, CloudOperations> writes) {
        audit = new AuditLog(dir.resolve("audit.jsonl"), clock, AuditLog.Durability.OS_BUFFERED);
        CloudAccount madeReads = reads.apply(this);
        CloudOperations madeWrites = writes.apply(this);
        guard = new Guard(madeReads == null ? account : madeReads, madeWrites == null ? account : madeWrites, audit,
                arming, new Operator("tester", "test-host"), clock, pause -> {
                    pauses.add(pause);
                    clock.advance(pause);
                    onPause.run();
                });
    }

    Stack stack(String name) {
        return account.describeStacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    StackInventory inventory(String stackName) {
        return new InventoryLoader(account, TestClocks.fixed()).load(stack(stackName));
    }

    Classification classification(String stackName) {
        return classifier.classify(stack(stackName));
    }

    Instance instance(String stackName, String hostname) {
        return account.describeInstances(stack(stackName).id()).stream()
                .filter(i -> i.hostname().equals(hostname)).findFirst().orElseThrow();
    }

    /** Every operation the guard knows: the constants of each enum its sealed interfaces permit. */
    static List<GuardedOperation<?>> allOperations() {
        return constantsOf(GuardedOperation.class).collect(Collectors.toList());
    }

    private static Stream<GuardedOperation<?>> constantsOf(Class<?> type) {
        return type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(o -> (GuardedOperation<?>) o)
                : Arrays.stream(type.getPermittedSubclasses()).flatMap(GuardFixture::constantsOf);
    }

    InstancePlan planInstances(String stackName, InstanceOperation operation, InstanceOptions options,
                               String... hostnames) {
        List<Instance> selection = Arrays.stream(hostnames).map(h -> instance(stackName, h)).toList();
        return planner.instances(inventory(stackName), classification(stackName), selection, operation, options);
    }
}
