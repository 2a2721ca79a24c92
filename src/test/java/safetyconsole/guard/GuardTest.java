package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.Phase;
import safetyconsole.audit.VerifyReport;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.demo.DemoOperation;

class GuardTest {

    @TempDir
    Path dir;
    private GuardFixture f;

    @BeforeEach
    void setUp() {
        f = new GuardFixture(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "shop-dev ", " shop-dev", "Shop-dev", "SHOP-DEV", "shop-de", "shop_dev", "shop-prod"})
    void anythingButTheExactStackNameIsRefusedAndNothingHappens(String typed) {
        Plan plan = f.planInstances("shop-dev", InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE, "dev-app1");
        f.account.faults().resetCounts();

        assertThatThrownBy(() -> f.guard.execute(plan, typed)).isInstanceOf(GuardRefusedException.class);

        assertThat(f.account.faults().callCount(DemoOperation.STOP_INSTANCE)).isZero();
        assertThat(f.audit.readAll()).isEmpty();
    }

    @Test
    void exactNameOnADevelopmentStackExecutesAndIsAudited() {
        Plan plan = f.planInstances("shop-dev", InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE, "dev-app1");

        ExecutionReport report = f.guard.execute(plan, "shop-dev");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(f.instance("shop-dev", "dev-app1").status()).isEqualTo(InstanceStatus.STOPPED);
        List<AuditEntry> entries = f.audit.readAll();
        assertThat(entries).extracting(e -> e.record().phase()).containsExactly(Phase.INTENT, Phase.RESULT);
        AuditEntry result = entries.get(1);
        assertThat(result.record().outcome()).startsWith("ok request=");
        assertThat(result.record().evidence().typedText()).isEqualTo("shop-dev");
        assertThat(result.record().stackName()).isEqualTo("shop-dev");
        assertThat(result.record().environment()).isEqualTo("DEVELOPMENT");
        assertThat(result.record().callerArn()).endsWith("user/demo-operator");
        assertThat(result.record().targets()).singleElement().asString().startsWith("dev-app1 (");
        assertThat(f.audit.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
    }

    @Test
    void productionRefusesUntilArmedAndRecordsTheReason() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.START_INSTANCE, InstanceOptions.NONE, "rails-app5");

        assertThatThrownBy(() -> f.guard.execute(plan, "shop-prod")).isInstanceOf(GuardRefusedException.class)
                .hasMessageContaining("arm it");
        ArmingSession session = f.arming.arm(f.stack("shop-prod"), "Restart app5 for ticket OPS-1234");
        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(f.audit.readAll()).allSatisfy(e -> {
            assertThat(e.record().evidence().reason()).isEqualTo("Restart app5 for ticket OPS-1234");
            assertThat(e.record().evidence().armingSessionId()).isEqualTo(session.id());
        });
    }

    @Test
    void armingAnotherStackDoesNotArmThisOne() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.START_INSTANCE, InstanceOptions.NONE, "rails-app5");
        f.arming.arm(f.stack("shop-prod-v2"), "Decommission the old rails-app7");

        assertThatThrownBy(() -> f.guard.execute(plan, "shop-prod")).isInstanceOf(GuardRefusedException.class);
    }

    @Test
    void expiredArmingIsRefused() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.START_INSTANCE, InstanceOptions.NONE, "rails-app5");
        f.arming.arm(f.stack("shop-prod"), "Restart app5 for ticket OPS-1234");
        for (int i = 0; i < 4; i++) {
            f.clock.advance(Duration.ofMinutes(4));
            f.arming.touch();
        }

        assertThatThrownBy(() -> f.guard.execute(plan, "shop-prod")).isInstanceOf(GuardRefusedException.class);
        assertThat(f.arming.lastEnding()).isEqualTo(Arming.Ending.EXPIRED);
    }

    @Test
    void targetDeletedBySomeoneElseAbortsThePlanAndNothingRuns() {
        Plan plan = f.planInstances("shop-prod-v2", InstanceOperation.DELETE_INSTANCE,
                InstanceOptions.NONE, "rails-app7");
        f.arming.arm(f.stack("shop-prod-v2"), "Decommission the broken rails-app7");
        f.account.deleteInstance(f.instance("shop-prod-v2", "rails-app7").id(), false, false,
                new safetyconsole.cloud.Confirmation("other", f.stack("shop-prod-v2").id(), Operation.DELETE_INSTANCE,
                        Set.of(f.instance("shop-prod-v2", "rails-app7").id()), f.clock.instant().plusSeconds(5)));
        f.account.faults().resetCounts();

        ExecutionReport report = f.guard.execute(plan, "shop-prod-v2");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString().contains("rails-app7", "no longer in");
        assertThat(f.account.faults().callCount(DemoOperation.DELETE_INSTANCE)).isZero();
        assertThat(f.audit.readAll()).singleElement().satisfies(e -> {
            assertThat(e.record().phase()).isEqualTo(Phase.ABORTED);
            assertThat(e.record().outcome()).contains("no longer in");
        });
    }

    @Test
    void targetInAnUnexpectedStateAbortsEveryTarget() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.START_INSTANCE, InstanceOptions.NONE,
                "rails-app4", "rails-app5");
        f.arming.arm(f.stack("shop-prod"), "Bring the spare app servers back");
        f.account.startInstance(f.instance("shop-prod", "rails-app5").id(), new safetyconsole.cloud.Confirmation(
                "other", f.stack("shop-prod").id(), Operation.START_INSTANCE,
                Set.of(f.instance("shop-prod", "rails-app5").id()), f.clock.instant().plusSeconds(5)));

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString()
                .isEqualTo("rails-app5 was stopped when planned and is now online.");
        assertThat(f.instance("shop-prod", "rails-app4").status()).isEqualTo(InstanceStatus.STOPPED);
    }

    @Test
    void renamedStackAbortsEvenWithTheOldNameTyped() {
        Plan plan = f.planInstances("shop-dev", InstanceOperation.REBOOT_INSTANCE, InstanceOptions.NONE, "dev-app1");
        safetyconsole.cloud.demo.DemoTestAccess.rename(f.account, f.stack("shop-dev").id(), "shop-dev-old");

        ExecutionReport report = f.guard.execute(plan, "shop-dev");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString().contains("renamed to shop-dev-old");
    }

    @Test
    void targetReportedInAnotherStackAborts() {
        MovingAccount moving = new MovingAccount(f.account);
        GuardFixture lying = new GuardFixture(dir.resolve("moved"), moving, null);
        Plan plan = lying.planner.instances(f.inventory("shop-dev"), f.classification("shop-dev"),
                List.of(f.instance("shop-dev", "dev-app1")), InstanceOperation.REBOOT_INSTANCE, InstanceOptions.NONE);
        moving.moveEverythingTo("some-other-stack");

        ExecutionReport report = lying.guard.execute(plan, "shop-dev");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString().contains("another stack");
    }

    @Test
    void ec2InstanceReplacedSincePlanningAborts() {
        Plan plan = f.planInstances("shop-staging", InstanceOperation.REBOOT_INSTANCE,
                InstanceOptions.NONE, "rails-app2");
        safetyconsole.cloud.demo.DemoTestAccess.autoHeal(f.account, f.instance("shop-staging", "rails-app2").id());

        ExecutionReport report = f.guard.execute(plan, "shop-staging");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString().contains("is now EC2 instance");
    }

    @Test
    void failurePartWayStopsThePlanAndReportsEachTarget() {
        Plan plan = f.planInstances("shop-staging", InstanceOperation.REBOOT_INSTANCE, InstanceOptions.NONE,
                "rails-app1", "rails-app2", "db-master1");
        f.account.faults().failAfter(DemoOperation.REBOOT_INSTANCE, 1, CloudException.Kind.THROTTLED);

        ExecutionReport report = f.guard.execute(plan, "shop-staging");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.STOPPED_BY_FAILURE);
        assertThat(report.outcomes()).extracting(TargetOutcome::result).containsExactly(
                TargetOutcome.Result.DONE, TargetOutcome.Result.FAILED, TargetOutcome.Result.NOT_RUN);
        assertThat(report.outcomes().get(1).failure()).isEqualTo(CloudException.Kind.THROTTLED);
        assertThat(f.account.faults().callCount(DemoOperation.REBOOT_INSTANCE)).isEqualTo(2);
        List<AuditEntry> entries = f.audit.readAll();
        assertThat(entries).extracting(e -> e.record().phase() + " " + e.record().targets().get(0).split(" ")[0])
                .containsExactly("INTENT rails-app1", "RESULT rails-app1", "INTENT rails-app2", "RESULT rails-app2",
                        "ABORTED db-master1");
        assertThat(entries.get(3).record().outcome()).isEqualTo("error THROTTLED");
        // The log holds the whole account, the target not attempted included (issue 18).
        assertThat(entries.get(4).record().outcome()).isEqualTo("not attempted: the failure before it");
    }

    @Test
    void deleteOptionsAreCarriedOutAndAudited() {
        InstancePlan plan = f.planInstances("shop-prod-v2", InstanceOperation.DELETE_INSTANCE,
                new InstanceOptions(true, true, false), "rails-app7");
        f.arming.arm(f.stack("shop-prod-v2"), "Decommission the broken rails-app7");

        f.guard.execute(plan, "shop-prod-v2");

        assertThat(plan.options()).isEqualTo(new InstanceOptions(false, true, false));
        assertThat(f.audit.readAll()).allSatisfy(e -> assertThat(e.record().options()).isEqualTo("DeleteElasticIp"));
        assertThat(f.account.describeInstances(f.stack("shop-prod-v2").id()))
                .noneMatch(i -> i.hostname().equals("rails-app7"));
    }
}
