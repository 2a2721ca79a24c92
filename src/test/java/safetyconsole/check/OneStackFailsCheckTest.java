package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;

/** One OpsWorks stack that cannot be read is that stack's NOT CHECKED; the other stacks are still checked. */
class OneStackFailsCheckTest {

    @TempDir
    Path dir;

    @Test
    void theStackThatFailsIsNotCheckedAndTheOthersAreReported() {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
        AppContext app = AppContext.demo(Optional.empty(), Duration.ZERO, dirs, TestClocks.fixed());
        CheckReport everything = SafetyCheck.run(app, Set.of());
        ((DemoAccount) app.account()).faults().failNext(DemoOperation.DESCRIBE_LAYERS,
                CloudException.Kind.ACCESS_DENIED);

        CheckReport report = SafetyCheck.run(app, Set.of());

        assertThat(report.notices()).filteredOn(notice -> notice.item().isPresent()).singleElement()
                .satisfies(notice -> assertThat(notice.leavesSomethingUnchecked()).isTrue())
                .extracting(ServiceNotice::item).asString().isNotBlank();
        assertThat(report.stacks()).hasSize(everything.stacks().size() - 1);
        assertThat(report.migratedStacks()).hasSameSizeAs(everything.migratedStacks());
        assertThat(report.findings()).isPositive();
    }

    @Test
    void anUnexpectedErrorOnOneStackIsThatStacksNotCheckedNotTheWholeCheck() {
        Clock clock = TestClocks.fixed();
        CloudAccount demo = DemoAccount.seeded(clock);
        String victim = demo.describeStacks().stream().filter(Stack::isOpsWorks).map(Stack::name).sorted()
                .findFirst().orElseThrow();
        CloudAccount broken = (CloudAccount) Proxy.newProxyInstance(CloudAccount.class.getClassLoader(),
                new Class<?>[] {CloudAccount.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("describeLayers") && demo.describeStacks().stream()
                            .anyMatch(stack -> stack.id().equals(arguments[0]) && stack.name().equals(victim))) {
                        throw new NullPointerException("a field the parser did not expect to be null");
                    }
                    try {
                        return method.invoke(demo, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        CheckReport report = SafetyCheck.run(TestApps.of(broken, null, dir, clock), Set.of());

        assertThat(report.notices()).filteredOn(notice -> notice.item().isPresent()).singleElement()
                .satisfies(notice -> assertThat(notice.item()).hasValue(victim));
        assertThat(report.stacks()).isNotEmpty().noneSatisfy(result ->
                assertThat(result.inventory().stack().name()).isEqualTo(victim));
    }

    @Test
    void anUnexpectedErrorOnAMigratedStackIsThatStacksNotChecked() {
        Clock clock = TestClocks.fixed();
        CloudAccount demo = DemoAccount.seeded(clock);
        CloudAccount broken = (CloudAccount) Proxy.newProxyInstance(CloudAccount.class.getClassLoader(),
                new Class<?>[] {CloudAccount.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("systemsManager")) {
                        throw new NullPointerException("a field the parser did not expect to be null");
                    }
                    try {
                        return method.invoke(demo, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        CheckReport report = SafetyCheck.run(TestApps.of(broken, null, dir, clock), Set.of());

        assertThat(report.stacks()).isNotEmpty();
        assertThat(report.migratedStacks()).isNotEmpty().allSatisfy(result ->
                assertThat(result.notRead()).isPresent());
    }
}
