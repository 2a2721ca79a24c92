package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static safetyconsole.guard.ScalingWorld.BATCH;
import static safetyconsole.guard.ScalingWorld.PROD;
import static safetyconsole.guard.ScalingWorld.PROD_GROUP;
import static safetyconsole.guard.ScalingWorld.STAGING;
import static safetyconsole.guard.ScalingWorld.STAGING_GROUP;

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
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.context.Classification;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.testing.TestClocks;

/**
 * The guard on migrated stacks, end to end against a hand-built account that checks each confirmation against the
 * stack its target belongs to when the call arrives, behind {@link CheckingOperations}: typed name, arming,
 * re-verification, audit.
 */
class ScalingGuardTest {

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

    private Classification classification(String stack) {
        return classifier.classify(world.stack(stack));
    }

    private Plan scaleStagingInToOne() {
        return planner.setDesiredCapacity(world.inventory(STAGING), classification(STAGING), STAGING_GROUP, 1);
    }

    @Test
    void stagingIsScaledInWithItsOwnNameAndTheAuditSaysSo() {
        ExecutionReport report = guard.execute(scaleStagingInToOne(), STAGING);

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(world.calls).containsExactly("SET_DESIRED_CAPACITY " + STAGING_GROUP + " 1");
        assertThat(world.groups.get(STAGING_GROUP).desiredCapacity()).isEqualTo(1);
        List<AuditEntry> entries = audit.readAll();
        assertThat(entries).extracting(entry -> entry.record().phase()).containsExactly(Phase.INTENT, Phase.RESULT);
        assertThat(entries.get(1).record().stackId()).isEqualTo(world.stack(STAGING).id());
        assertThat(entries.get(1).record().operation()).isEqualTo("SET_DESIRED_CAPACITY");
        assertThat(entries.get(1).record().options()).isEqualTo("DesiredCapacity 2 -> 1");
        assertThat(entries.get(1).record().targets()).containsExactly(STAGING_GROUP + " (" + STAGING_GROUP + ")");
    }

    @Test
    void stagingCannotBeScaledInByTypingProd() {
        Plan plan = scaleStagingInToOne();

        assertThatThrownBy(() -> guard.execute(plan, "shop-prod")).isInstanceOf(GuardRefusedException.class);
        assertThatThrownBy(() -> guard.execute(plan, PROD)).isInstanceOf(GuardRefusedException.class);

        assertThat(world.calls).isEmpty();
        assertThat(world.groups.get(STAGING_GROUP).desiredCapacity()).isEqualTo(2);
        assertThat(audit.readAll()).isEmpty();
    }

    @Test
    void productionChangesOnlyWhenArmed() {
        Plan plan = planner.startInstanceRefresh(world.inventory(PROD), classification(PROD), PROD_GROUP);

        assertThatThrownBy(() -> guard.execute(plan, PROD)).isInstanceOf(GuardRefusedException.class)
                .hasMessageContaining("arm it");
        assertThat(world.calls).isEmpty();

        arming.arm(world.stack(PROD), "Roll out sg-metrics, OPS-4711");
        ExecutionReport report = guard.execute(plan, PROD);

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(world.calls).containsExactly("START_INSTANCE_REFRESH " + PROD_GROUP);
        assertThat(audit.readAll()).allSatisfy(entry -> assertThat(entry.record().evidence().reason())
                .isEqualTo("Roll out sg-metrics, OPS-4711"));
    }

    @Test
    void aChangedDesiredCapacityAbortsAndNothingHappens() {
        Plan plan = scaleStagingInToOne();
        world.setDesiredBehindTheBack(STAGING_GROUP, 3);

        assertAborted(plan, STAGING, "Group " + STAGING_GROUP + "'s desired capacity was 2 when planned and is now 3.");
    }

    @Test
    void anInstanceGoneSinceThePlanAborts() {
        Plan plan = planner.deleteAutoScalingGroup(world.inventory(STAGING), classification(STAGING), STAGING_GROUP,
                true);
        world.groups.put(STAGING_GROUP, withoutFirstInstance(world.groups.get(STAGING_GROUP)));

        assertAborted(plan, STAGING, "Group " + STAGING_GROUP
                + "'s instances changed since the plan: i-stg1 gone.");
    }

    @Test
    void aGroupMovedToAnotherStackSinceThePlanAborts() {
        Plan plan = scaleStagingInToOne();
        world.moveGroupBehindTheBack(STAGING_GROUP, PROD);

        assertAborted(plan, STAGING, "Group " + STAGING_GROUP + " no longer belongs to " + STAGING + ".");
    }

    @Test
    void anotherLaunchTemplateVersionAborts() {
        Plan plan = scaleStagingInToOne();
        world.pinGroupBehindTheBack(STAGING_GROUP, "2");

        assertAborted(plan, STAGING, "Group " + STAGING_GROUP + " now launches from launch template"
                + " lt-0shop version 2, not launch template lt-0shop version 3.");
    }

    @Test
    void aCloudFormationStackThatStartedChangingAborts() {
        Plan plan = planner.deleteCloudFormationStack(world.inventory(STAGING), classification(STAGING));
        world.setStatusBehindTheBack(STAGING, "UPDATE_IN_PROGRESS");

        assertAborted(plan, STAGING, "CloudFormation stack " + STAGING
                + " was CREATE_COMPLETE when planned and is now UPDATE_IN_PROGRESS.");
    }

    @Test
    void aRefreshStartedSinceThePlanAbortsAnother() {
        Plan plan = planner.startInstanceRefresh(world.inventory(PROD), classification(PROD), PROD_GROUP);
        arming.arm(world.stack(PROD), "Roll out sg-metrics, OPS-4711");
        world.startRefreshBehindTheBack(PROD_GROUP, InstanceRefreshStatus.PENDING);

        assertAborted(plan, PROD, "An instance refresh started on " + PROD_GROUP
                + " since the plan (40% complete, Pending).");
    }

    @Test
    void aCancelWaitsForNothingButARunningRefresh() {
        world.startRefreshBehindTheBack(STAGING_GROUP, InstanceRefreshStatus.IN_PROGRESS);
        Plan plan = planner.cancelInstanceRefresh(world.inventory(STAGING), classification(STAGING), STAGING_GROUP);
        world.groups.put(STAGING_GROUP, withoutFirstInstance(world.groups.get(STAGING_GROUP)));

        assertThat(guard.execute(plan, STAGING).status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(world.calls).containsExactly("CANCEL_INSTANCE_REFRESH " + STAGING_GROUP);
        assertAborted(plan, STAGING, "The instance refresh of " + STAGING_GROUP
                + " ended or is being cancelled since the plan; there is nothing to cancel.");
    }

    @Test
    void aHotfixAbortsWhenSomeoneElseChangedTheInstancesGroups() {
        Plan plan = planner.hotfixGroups(world.inventory(STAGING), classification(STAGING), "i-stg1",
                List.of("sg-web", "sg-metrics", "sg-debug"));
        world.setGroupsBehindTheBack("i-stg1", "sg-web");

        assertAborted(plan, STAGING, "i-stg1's groups changed since the analysis.");
    }

    @Test
    void aHotfixPutsTheGroupsOnTheInstance() {
        Plan plan = planner.hotfixGroups(world.inventory(STAGING), classification(STAGING), "i-stg1",
                List.of("sg-web", "sg-metrics", "sg-debug"));

        assertThat(guard.execute(plan, STAGING).status()).isEqualTo(ExecutionReport.Status.DONE);

        assertThat(world.calls).containsExactly("HOTFIX_INSTANCE_GROUPS i-stg1 sg-web,sg-metrics,sg-debug");
        assertThat(audit.readAll().get(0).record().targets())
                .containsExactly("i-stg1 (i-stg1) groups sg-web,sg-metrics -> sg-web,sg-metrics,sg-debug");
    }

    @Test
    void terminatingConfirmsEachInstanceInTheStackThatHoldsItsGroup() {
        Plan plan = planner.terminateInGroup(world.inventory(STAGING), classification(STAGING),
                List.of("i-stg1", "i-stg2"), false);

        assertThat(guard.execute(plan, STAGING).status()).isEqualTo(ExecutionReport.Status.DONE);

        assertThat(world.calls).containsExactly("TERMINATE_INSTANCE_IN_GROUP i-stg1",
                "TERMINATE_INSTANCE_IN_GROUP i-stg2");
        assertThat(world.groups.get(STAGING_GROUP).desiredCapacity()).isEqualTo(2);
    }

    @Test
    void aLoneGroupIsItsOwnStackConfirmedByItsName() {
        Plan plan = planner.deleteAutoScalingGroup(world.inventory(BATCH), classification(BATCH), BATCH, true);
        assertThat(plan.requiresArming()).as("a group nobody classified is protected like production").isTrue();
        arming.arm(world.stack(BATCH), "Retire the batch workers, OPS-77");

        assertThat(guard.execute(plan, BATCH).status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(world.calls).containsExactly("DELETE_AUTO_SCALING_GROUP " + BATCH + " force");
        assertAborted(plan, BATCH, "Group " + BATCH + " no longer exists.");
    }

    @Test
    void aCloudFormationStackIsDeletedByItsArn() {
        Plan plan = planner.deleteCloudFormationStack(world.inventory(STAGING), classification(STAGING));

        assertThat(guard.execute(plan, STAGING).status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(world.calls).containsExactly("DELETE_CLOUDFORMATION_STACK " + STAGING);
        assertThat(world.groups).doesNotContainKey(STAGING_GROUP).containsKey(PROD_GROUP);
        assertAborted(plan, STAGING, "CloudFormation stack " + STAGING + " no longer exists.");
    }

    private void assertAborted(Plan plan, String typed, String reason) {
        int callsBefore = world.calls.size();

        ExecutionReport report = guard.execute(plan, typed);

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).contains(reason);
        assertThat(world.calls).hasSize(callsBefore);
        List<AuditEntry> entries = audit.readAll();
        assertThat(entries.get(entries.size() - 1).record().phase()).isEqualTo(Phase.ABORTED);
    }

    private static AutoScalingGroup withoutFirstInstance(AutoScalingGroup g) {
        return ScalingWorld.rebuilt(g, g.launchTemplate(), g.desiredCapacity(), g.tags(),
                g.instances().subList(1, g.instances().size()));
    }
}
