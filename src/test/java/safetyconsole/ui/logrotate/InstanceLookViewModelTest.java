package safetyconsole.ui.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.guard.Arming;
import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.Guard;
import safetyconsole.guard.Planner;
import safetyconsole.logrotate.InstanceLogrotateLook;
import safetyconsole.logrotate.LookOutputReader;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.ScalingStackLoader;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.QueuedTaskRunner;

/** A look sent on the demo is read in the background, kept with its stack, and shown while that stack is. */
class InstanceLookViewModelTest {

    private static final String STAGING = "shop-staging-rails-app-7b1e02";

    @TempDir
    Path dir;
    private final MutableClock clock = TestClocks.mutable();
    private final DemoAccount account = DemoAccount.seeded(clock);
    private final QueuedTaskRunner runner = new QueuedTaskRunner();
    private final InstanceLookViewModel model = new InstanceLookViewModel((region, commandId, instanceId, logs) ->
            new LookOutputReader(account.systemsManager(), duration -> { }).read(region, commandId, instanceId, logs),
            runner);

    @Test
    void theLookIsReadKeptWithItsStackAndShownWhileThatStackIs() {
        List<String> looked = new ArrayList<>();
        model.onLook(looked::add);
        Stack staging = stack(STAGING);
        model.show(staging.id());

        model.executed(lookOn(staging));

        assertThat(model.messageProperty().get()).startsWith("Waiting for the look's output on i-");
        runner.runAll();
        assertThat(looked).containsExactly(staging.id());
        assertThat(model.lookOf(staging.id())).isPresent();
        assertThat(model.shownProperty().get()).isEqualTo(model.lookOf(staging.id()).orElseThrow());
        assertThat(model.messageProperty().get()).endsWith("no logrotate file names it.");

        model.show("another-stack");
        assertThat(model.shownProperty().get()).isNull();
        model.show(staging.id());
        assertThat(model.shownProperty().get()).isNotNull();
    }

    @Test
    void aLookThatDidNotRunReadsNothing() {
        Stack staging = stack(STAGING);
        ExecutionReport report = lookOn(staging);

        model.executed(new ExecutionReport(report.plan(), ExecutionReport.Status.ABORTED, List.of(),
                List.of("i-1 is Standby now, no longer in service."), 0));

        assertThat(runner.pending()).isZero();
        assertThat(model.lookOf(staging.id())).isEqualTo(Optional.<InstanceLogrotateLook>empty());
    }

    private Stack stack(String name) {
        return AccountStacks.read(account).stacks().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private ExecutionReport lookOn(Stack stack) {
        ScalingStackInventory inventory = new ScalingStackLoader(account, clock).load(stack);
        String instanceId = inventory.groups().get(0).group().instances().get(0).instanceId();
        AuditLog audit = new AuditLog(dir.resolve("audit.jsonl"), clock, AuditLog.Durability.OS_BUFFERED);
        Arming arming = new Arming(clock, Arming.DEFAULT_LENGTH, Arming.DEFAULT_IDLE_LIMIT);
        Guard guard = new Guard(account, account, audit, arming, new Operator("tester", "host"), clock);
        var plan = new Planner(clock).lookOnInstance(inventory, new EnvironmentClassifier(Map.of()).classify(stack),
                instanceId, "/srv/www/shop/shared/log");
        return guard.execute(plan, stack.name());
    }
}
