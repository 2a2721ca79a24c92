package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static safetyconsole.guard.ScalingWorld.PROD;
import static safetyconsole.guard.ScalingWorld.PROD_GROUP;
import static safetyconsole.guard.ScalingWorld.STAGING;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.context.Classification;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.logrotate.LookScript;
import safetyconsole.testing.TestClocks;

/** The look on one instance is run as root by the console: planned, typed, armed, re-verified and audited. */
class LookOnInstanceTest {

    private static final String LOGS = "/srv/www/shop/shared/log";

    @TempDir
    Path dir;
    private final ScalingWorld world = new ScalingWorld(TestClocks.mutable());
    private final Planner planner = new Planner(world.clock);
    private final Arming arming = new Arming(world.clock, Arming.DEFAULT_LENGTH, Arming.DEFAULT_IDLE_LIMIT);
    private final EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of());
    private AuditLog audit;
    private Guard guard;

    @BeforeEach
    void setUp() {
        audit = new AuditLog(dir.resolve("audit.jsonl"), world.clock, AuditLog.Durability.OS_BUFFERED);
        guard = new Guard(world, new CheckingOperations(world, world, audit, arming), audit, arming,
                new Operator("tester", "test-host"), world.clock);
    }

    private ScalingPlan<ScalingChange.Script> look(String stack, String instanceId, String directory) {
        Classification classification = classifier.classify(world.stack(stack));
        return planner.lookOnInstance(world.inventory(stack), classification, instanceId, directory);
    }

    @Test
    void thePlanShowsTheScriptExactlyAndWhereItRuns() {
        ScalingPlan<ScalingChange.Script> plan = look(PROD, "i-prod3", LOGS);

        assertThat(plan.title()).isEqualTo("Look on instance i-prod3 in " + PROD);
        assertThat(plan.change().script()).isEqualTo(LookScript.forLogDirectory(LOGS));
        assertThat(plan.consequences().get(0)).contains("as root on i-prod3 of " + PROD_GROUP, LOGS,
                "It writes nothing.");
        assertThat(plan.choiceForAudit()).hasValueSatisfying(choice -> assertThat(choice)
                .startsWith("AWS-RunShellScript look LOG_DIR=" + LOGS + " sha256=").hasSize(
                        ("AWS-RunShellScript look LOG_DIR=" + LOGS + " sha256=").length() + 64));
        assertThat(plan.operation().buttonLabel()).isEqualTo("Run the look");
    }

    @Test
    void aDirectoryThatIsNotAPlainPathIsRefused() {
        assertThatThrownBy(() -> look(PROD, "i-prod3", "/srv/www/shop'; reboot; '"))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("absolute path");
    }

    @Test
    void anInstanceOfAnotherStackIsRefused() {
        assertThatThrownBy(() -> look(STAGING, "i-prod3", LOGS)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("i-prod3 is in no group of " + STAGING);
    }

    @Test
    void anInstanceLeavingItsGroupIsRefused() {
        setLifecycle("i-prod3", AutoScalingLifecycleState.TERMINATING);

        assertThatThrownBy(() -> look(PROD, "i-prod3", LOGS)).isInstanceOf(PlanRefusedException.class)
                .hasMessage("i-prod3 is Terminating; look on an instance in service.");
    }

    @Test
    void onProductionTheLookRunsOnlyWhenArmedAndTheAuditHoldsTheCommandId() {
        ScalingPlan<ScalingChange.Script> plan = look(PROD, "i-prod3", LOGS);

        assertThatThrownBy(() -> guard.execute(plan, PROD)).isInstanceOf(GuardRefusedException.class)
                .hasMessageContaining("arm it");
        assertThat(world.calls).isEmpty();

        arming.arm(world.stack(PROD), "Who rotates Shop's log? OPS-4712");
        ExecutionReport report = guard.execute(plan, PROD);

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(world.calls).containsExactly("SEND_RUN_SHELL_SCRIPT i-prod3");
        assertThat(world.scripts).containsExactly(LookScript.forLogDirectory(LOGS));
        String commandId = report.outcomes().get(0).requestId();
        List<AuditEntry> entries = audit.readAll();
        assertThat(entries).extracting(entry -> entry.record().phase()).containsExactly(Phase.INTENT, Phase.RESULT);
        assertThat(entries.get(1).record().operation()).isEqualTo("LOOK_ON_INSTANCE");
        assertThat(entries.get(1).record().outcome()).isEqualTo("ok request=" + commandId);
        assertThat(entries.get(1).record().options()).contains("sha256=");
    }

    @Test
    void anInstanceSystemsManagerNoLongerManagesAbortsTheLook() {
        ScalingPlan<ScalingChange.Script> plan = look(STAGING, "i-stg1", LOGS);
        world.unmanaged.add("i-stg1");

        ExecutionReport report = guard.execute(plan, STAGING);

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString()
                .startsWith("i-stg1 is not managed by Systems Manager now");
        assertThat(world.calls).isEmpty();
    }

    @Test
    void anInstanceThatLeftServiceSincePlanningAbortsTheLook() {
        ScalingPlan<ScalingChange.Script> plan = look(STAGING, "i-stg1", LOGS);
        setLifecycle("i-stg1", AutoScalingLifecycleState.STANDBY);

        ExecutionReport report = guard.execute(plan, STAGING);

        assertThat(report.abortReasons()).containsExactly("i-stg1 is Standby now, no longer in service.");
        assertThat(world.calls).isEmpty();
    }

    private void setLifecycle(String instanceId, AutoScalingLifecycleState state) {
        world.groups.replaceAll((name, group) -> ScalingWorld.rebuilt(group, group.launchTemplate(),
                group.desiredCapacity(), group.tags(), group.instances().stream().map(i -> i.instanceId()
                        .equals(instanceId) ? new AutoScalingInstance(i.instanceId(), i.instanceType(), state,
                        i.protectedFromScaleIn()) : i).toList()));
    }
}
