package safetyconsole.guard;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

/** The seeded demo account behind a guard, an audit log in a temp folder, and a hand-moved clock. */
final class GuardFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    final DemoAccount account = DemoAccount.seeded(clock);
    final AuditLog audit;
    final Arming arming = new Arming(clock, Arming.DEFAULT_LENGTH, Arming.DEFAULT_IDLE_LIMIT);
    final Planner planner = new Planner(clock);
    final EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of());
    final Guard guard;

    GuardFixture(Path dir) {
        this(dir, null, null);
    }

    /** With other reads or writes in front of the demo account (to lie or to record). */
    GuardFixture(Path dir, CloudAccount reads, CloudOperations writes) {
        audit = new AuditLog(dir.resolve("audit.jsonl"), clock, AuditLog.Durability.OS_BUFFERED);
        guard = new Guard(reads == null ? account : reads, writes == null ? account : writes, audit, arming,
                new Operator("tester", "test-host"), clock);
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
