package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.Phase;
import safetyconsole.audit.VerifyReport;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.GroupDrift;
import safetyconsole.testing.HookedOperations;

/**
 * After the first call of a plan the operator is told the truth, target by target, whatever fails next: a read
 * while waiting for a stop, the audit log, the arming, the confirmation's lifetime (issue 18, section 1).
 */
class GuardTruthTest {

    @TempDir
    Path dir;

    @Test
    void aReadThatFailsWhileWaitingForTheStopIsTriedAgainAndTheStartGoesAhead() {
        GuardFixture f = new GuardFixture(dir, fixture -> null, fixture -> HookedOperations.after(fixture.account,
                "stopInstance", () -> fixture.account.faults().failNext(DemoOperation.DESCRIBE_INSTANCES,
                        CloudException.Kind.THROTTLED)));
        Plan plan = restartRailsApp2(f);

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(f.instance("shop-prod", "rails-app2").status()).isNotEqualTo(InstanceStatus.STOPPED);
        assertThat(f.account.faults().callCount(DemoOperation.START_INSTANCE)).isEqualTo(1);
        assertThat(f.pauses).containsExactly(StopWait.FIRST_BACKOFF);
    }

    @Test
    void aStopThatCannotBeSeenEndsSayingTheStateAndOffersTheStart() {
        GuardFixture f = new GuardFixture(dir, fixture -> null, fixture -> HookedOperations.after(fixture.account,
                "stopInstance", () -> fixture.account.faults().failAlways(DemoOperation.DESCRIBE_INSTANCES,
                        CloudException.Kind.NETWORK)));
        Plan plan = restartRailsApp2(f);

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.STOPPED_BY_FAILURE);
        TargetOutcome outcome = report.outcomes().get(0);
        assertThat(outcome.result()).isEqualTo(TargetOutcome.Result.FAILED);
        assertThat(outcome.note()).isEqualTo("stopped but not started: its state could not be read 6 times in a row"
                + " (NETWORK); last seen: not read since the stop");
        assertThat(outcome.offered()).contains(InstanceOperation.START_INSTANCE);
        assertThat(f.account.faults().callCount(DemoOperation.START_INSTANCE)).isZero();
        assertThat(f.pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(32));
        assertThat(f.audit.readAll()).extracting(e -> e.record().phase()).containsExactly(Phase.INTENT, Phase.RESULT,
                Phase.ABORTED);
        assertThat(f.audit.readAll().get(2).record().outcome()).startsWith("StartInstance not attempted: its state");
    }

    @Test
    void aStopSlowerThanTheBoundEndsSayingItIsStillStopping() {
        GuardFixture f = new GuardFixture(dir,
                fixture -> new FaultyReads(fixture.account).slowFor(Integer.MAX_VALUE).reads(), fixture -> null);
        Plan plan = restartRailsApp2(f);

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.outcomes().get(0).note()).isEqualTo("stopped but not started: still not stopped after 20"
                + " minutes; last seen: stopping");
        assertThat(report.outcomes().get(0).offered()).contains(InstanceOperation.START_INSTANCE);
        assertThat(f.pauses).hasSize(120).allMatch(StopWait.POLL::equals);
    }

    @Test
    void aResultEntryTheLogCannotTakeStopsThePlanAndIsWrittenLateBeforeTheNextEntry() {
        BrokenAuditFile[] audit = new BrokenAuditFile[1];
        GuardFixture f = new GuardFixture(dir, fixture -> null, fixture -> HookedOperations.after(fixture.account,
                "rebootInstance", () -> audit[0].breakOnce()));
        audit[0] = new BrokenAuditFile(f.audit.file());
        Plan plan = f.planInstances("shop-staging", InstanceOperation.REBOOT_INSTANCE, InstanceOptions.NONE,
                "rails-app1", "rails-app2", "db-master1");

        ExecutionReport report = f.guard.execute(plan, "shop-staging");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.STOPPED_BY_FAILURE);
        assertThat(report.outcomes()).extracting(TargetOutcome::result).containsExactly(TargetOutcome.Result.DONE,
                TargetOutcome.Result.NOT_RUN, TargetOutcome.Result.NOT_RUN);
        assertThat(report.outcomes().get(0).resultLate()).isTrue();
        assertThat(report.outcomes().get(1).note())
                .isEqualTo("not attempted: the audit log could not take a result entry");
        assertThat(f.account.faults().callCount(DemoOperation.REBOOT_INSTANCE)).isEqualTo(1);
        assertThat(report.lateResults()).isEqualTo(2);

        audit[0].mend();
        ExecutionReport next = f.guard.execute(f.planInstances("shop-dev", InstanceOperation.REBOOT_INSTANCE,
                InstanceOptions.NONE, "dev-app1"), "shop-dev");

        assertThat(next.lateResults()).isZero();
        List<AuditEntry> entries = f.audit.readAll();
        assertThat(entries).extracting(e -> e.record().phase() + " " + e.record().targets().get(0).split(" ")[0])
                .containsExactly("INTENT rails-app1", "RESULT rails-app1", "ABORTED rails-app2", "INTENT dev-app1",
                        "RESULT dev-app1");
        assertThat(entries.get(1).record().outcome()).startsWith("late (due 2026-11-28T10:00:00Z): ok request=");
        assertThat(entries.get(2).record().targets()).hasSize(2);
        assertThat(entries.get(2).record().outcome()).startsWith("late (due ")
                .endsWith("not attempted: the audit log could not take a result entry");
        assertThat(f.audit.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
    }

    @Test
    void anIntentEntryTheLogCannotTakeAfterTheStopLeavesItStoppedAndOffersTheStart() {
        GuardFixture f = new GuardFixture(dir, fixture -> null, fixture -> HookedOperations.after(fixture.account,
                "stopInstance", () -> fixture.account.faults().failNext(DemoOperation.DESCRIBE_INSTANCES,
                        CloudException.Kind.THROTTLED)));
        BrokenAuditFile audit = new BrokenAuditFile(f.audit.file());
        // The stop's result is written; while the guard waits to see the stop, the disk fills up.
        f.onPause = audit::breakIt;

        ExecutionReport report = f.guard.execute(restartRailsApp2(f), "shop-prod");

        TargetOutcome outcome = report.outcomes().get(0);
        assertThat(outcome.result()).isEqualTo(TargetOutcome.Result.FAILED);
        assertThat(outcome.note()).isEqualTo("stopped but not started: StartInstance not attempted: the audit log"
                + " could not be written; it is stopped");
        assertThat(outcome.offered()).contains(InstanceOperation.START_INSTANCE);
        assertThat(f.account.faults().callCount(DemoOperation.START_INSTANCE)).isZero();
        assertThat(report.lateResults()).isEqualTo(1);
    }

    @Test
    void armingThatEndsDuringThePlanStopsItBeforeTheNextTarget() {
        GuardFixture f = new GuardFixture(dir, fixture -> null, fixture -> HookedOperations.after(fixture.account,
                "stopInstance", () -> fixture.clock.advance(Duration.ofMinutes(16))));
        f.arming.arm(f.stack("shop-prod"), "Stop the spare app servers, OPS-12");
        Plan plan = f.planInstances("shop-prod", InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE, "rails-app1",
                "rails-app3");

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.STOPPED_BY_FAILURE);
        assertThat(report.outcomes()).extracting(TargetOutcome::result).containsExactly(TargetOutcome.Result.DONE,
                TargetOutcome.Result.NOT_RUN);
        assertThat(report.outcomes().get(1).note())
                .isEqualTo("not attempted: the arming of shop-prod ended; arm it again to plan the rest");
        assertThat(f.account.faults().callCount(DemoOperation.STOP_INSTANCE)).isEqualTo(1);
        assertThat(f.instance("shop-prod", "rails-app3").status()).isEqualTo(InstanceStatus.ONLINE);
        assertThat(f.audit.readAll()).last().satisfies(e -> {
            assertThat(e.record().phase()).isEqualTo(Phase.ABORTED);
            assertThat(e.record().targets()).singleElement().asString().startsWith("rails-app3 (");
        });
    }

    @Test
    void aConfirmationThatExpiresDuringThePlanStopsItBeforeTheNextTarget() {
        GuardFixture f = new GuardFixture(dir, fixture -> null, fixture -> HookedOperations.after(fixture.account,
                "rebootInstance", () -> fixture.clock.advance(Guard.CONFIRMATION_LIFETIME)));
        Plan plan = f.planInstances("shop-staging", InstanceOperation.REBOOT_INSTANCE, InstanceOptions.NONE,
                "rails-app1", "rails-app2");

        ExecutionReport report = f.guard.execute(plan, "shop-staging");

        assertThat(report.outcomes()).extracting(TargetOutcome::result).containsExactly(TargetOutcome.Result.DONE,
                TargetOutcome.Result.NOT_RUN);
        assertThat(report.outcomes().get(1).note()).isEqualTo("not attempted: the confirmation expired; plan the"
                + " rest again");
        assertThat(f.account.faults().callCount(DemoOperation.REBOOT_INSTANCE)).isEqualTo(1);
    }

    private static Plan restartRailsApp2(GuardFixture f) {
        return restartRailsApp2(f, f);
    }

    /** Planned from {@code planned}'s account, armed and run by {@code runner}'s guard. */
    private static Plan restartRailsApp2(GuardFixture planned, GuardFixture runner) {
        runner.arming.arm(planned.stack("shop-prod"), "Bring rails-app2 onto its layer's groups, OPS-91");
        GroupDrift app2 = DriftAnalyzer.analyze(planned.inventory("shop-prod")).instances().stream()
                .filter(d -> d.instance().hostname().equals("rails-app2")).findFirst().orElseThrow();
        return planned.planner.restartInstanceStore(planned.inventory("shop-prod"), planned.classification("shop-prod"),
                List.of(app2));
    }
}
