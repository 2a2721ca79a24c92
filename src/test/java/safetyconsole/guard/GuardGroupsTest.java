package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.Phase;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.demo.DemoTestAccess;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.DriftReport;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.StackInventory;

class GuardGroupsTest {

    @TempDir
    Path dir;
    private GuardFixture f;

    @BeforeEach
    void setUp() {
        f = new GuardFixture(dir);
        f.arming.arm(f.stack("shop-prod"), "Add the metrics group, OPS-77");
    }

    @Test
    void addMissingGroupsBringsPendingInstancesInSyncAndAuditsBeforeAndAfter() {
        List<GroupDrift> pending = drifts(SyncStatus.PENDING);
        Plan plan = f.planner.fixGroups(f.inventory("shop-prod"), f.classification("shop-prod"), pending,
                GroupFix.ADD_MISSING);

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(statusOf("rails-app1")).isEqualTo(SyncStatus.IN_SYNC);
        assertThat(statusOf("rails-app2")).isEqualTo(SyncStatus.IN_SYNC);
        assertThat(plan.consequences())
                .anySatisfy(c -> assertThat(c).contains("rails-app1 gains shop-prod-metrics-scrape"));
        AuditEntry intent = f.audit.readAll().get(0);
        assertThat(intent.record().outcome()).isNull();
        assertThat(intent.record().options()).isEqualTo("Add missing groups");
        assertThat(intent.record().targets().get(0)).contains(" groups ", " -> ");
    }

    @Test
    void addMissingNeverRemovesAGroup() {
        GroupDrift app1 = drift("rails-app1");
        GroupPlan plan = f.planner.fixGroups(f.inventory("shop-prod"), f.classification("shop-prod"), List.of(app1),
                GroupFix.ADD_MISSING);

        GroupChange change = plan.groupChanges().get(app1.instance().id());

        assertThat(change.after()).containsAll(change.before());
        assertThat(change.after()).containsAll(app1.missing());
    }

    @Test
    void makeExactRemovesGroupsOpsworksDoesNotManageAndWarns() {
        StackInventory prod = f.inventory("shop-prod");
        String debug = prod.groupsById().values().stream().filter(g -> g.name().equals("shop-prod-bastion-ssh"))
                .findFirst().orElseThrow().id();
        GroupDrift lb = drift("lb1");
        List<String> withDebug = new ArrayList<>(lb.actual());
        withDebug.add(debug);
        DemoTestAccess.setEc2GroupsBehindTheBack(f.account, lb.instance().id(), withDebug);

        Plan plan = f.planner.fixGroups(f.inventory("shop-prod"), f.classification("shop-prod"), List.of(drift("lb1")),
                GroupFix.MAKE_EXACT);
        f.guard.execute(plan, "shop-prod");

        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).contains("lb1 loses shop-prod-bastion-ssh"))
                .anySatisfy(c -> assertThat(c).contains("not managed by OpsWorks"));
        assertThat(statusOf("lb1")).isEqualTo(SyncStatus.IN_SYNC);
    }

    @Test
    void instancesThatWillSyncAreInSyncOrUncheckedAreRefusedWithWhy() {
        assertThatThrownBy(() -> f.planner.fixGroups(f.inventory("shop-prod"), f.classification("shop-prod"),
                List.of(drift("rails-app4"), drift("rails-app6")), GroupFix.ADD_MISSING))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("rails-app4 will get its groups at its next start")
                .hasMessageContaining("rails-app6 is in sync");
    }

    @Test
    void anInstanceWhoseGroupsChangedMeanwhileIsSkippedAndTheOthersAreFixed() {
        Plan plan = f.planner.fixGroups(f.inventory("shop-prod"), f.classification("shop-prod"),
                List.of(drift("rails-app1"), drift("rails-app2")), GroupFix.ADD_MISSING);
        GroupDrift app2 = drift("rails-app2");
        DemoTestAccess.setEc2GroupsBehindTheBack(f.account, app2.instance().id(), List.copyOf(app2.desired()));

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(report.outcomes()).extracting(TargetOutcome::result)
                .containsExactly(TargetOutcome.Result.DONE, TargetOutcome.Result.NOT_RUN);
        assertThat(report.outcomes().get(1).note()).contains("changed since the analysis");
        assertThat(f.audit.readAll()).extracting(e -> e.record().phase())
                .containsExactly(Phase.INTENT, Phase.RESULT, Phase.ABORTED);
    }

    @Test
    void whenEveryInstanceChangedMeanwhileThePlanIsAborted() {
        GroupDrift app1 = drift("rails-app1");
        Plan plan = f.planner.fixGroups(f.inventory("shop-prod"), f.classification("shop-prod"), List.of(app1),
                GroupFix.ADD_MISSING);
        DemoTestAccess.setEc2GroupsBehindTheBack(f.account, app1.instance().id(), List.copyOf(app1.desired()));

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString().startsWith("rails-app1: its groups changed");
    }

    @Test
    void stopAndStartGivesAnInstanceStoreInstanceANewEc2InstanceWithItsLayersGroups() {
        GroupDrift app2 = drift("rails-app2");
        Plan plan = f.planner.restartInstanceStore(f.inventory("shop-prod"), f.classification("shop-prod"),
                List.of(app2));

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(f.instance("shop-prod", "rails-app2").ec2Id()).isNotEqualTo(app2.instance().ec2Id());
        assertThat(statusOf("rails-app2")).isEqualTo(SyncStatus.IN_SYNC);
        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).contains("instance-store disks is lost"));
        assertThat(f.audit.readAll()).extracting(e -> e.record().phase() + " " + e.record().outcome().split(" ")[0]
                + (e.record().outcome().contains(" ok ") ? " ok" : ""))
                .containsExactly("INTENT about", "RESULT StopInstance ok", "INTENT about", "RESULT StartInstance ok");
    }

    @Test
    void stopAndStartIsRefusedForEbsInstancesWithTheRightFix() {
        assertThatThrownBy(() -> f.planner.restartInstanceStore(f.inventory("shop-prod"), f.classification("shop-prod"),
                List.of(drift("rails-app1")))).hasMessageContaining("use Add missing groups");
    }

    @Test
    void aFailedStopMeansNoStart() {
        f.account.faults().failNext(safetyconsole.cloud.demo.DemoOperation.STOP_INSTANCE,
                CloudException.Kind.THROTTLED);
        Plan plan = f.planner.restartInstanceStore(f.inventory("shop-prod"), f.classification("shop-prod"),
                List.of(drift("rails-app2")));

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.STOPPED_BY_FAILURE);
        assertThat(f.account.faults().callCount(safetyconsole.cloud.demo.DemoOperation.START_INSTANCE)).isZero();
    }

    @Test
    void layerEditSaysWhoWillNotGetItAndReachesOnlyNewInstances() {
        StackInventory prod = f.inventory("shop-prod");
        Layer workers = prod.layers().stream().filter(l -> l.type() == LayerType.CUSTOM).findFirst().orElseThrow();
        SecurityGroup metrics = group(prod, "shop-prod-metrics-scrape");
        List<String> groups = new ArrayList<>(workers.customSecurityGroupIds());
        groups.add(metrics.id());

        Plan plan = f.planner.updateLayerGroups(prod, f.classification("shop-prod"), workers, groups);
        f.guard.execute(plan, "shop-prod");

        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c)
                .contains("New instances only: the 2 running instances (rails-app3, worker1)"
                        + " will NOT get this change"));
        assertThat(f.account.describeLayers(f.stack("shop-prod").id())).filteredOn(l -> l.id().equals(workers.id()))
                .singleElement().satisfies(l -> assertThat(l.customSecurityGroupIds()).contains(metrics.id()));
        assertThat(statusOf("worker1")).isEqualTo(SyncStatus.PENDING);
        assertThat(f.audit.readAll().get(1).record().outcome()).startsWith("ok request=");
    }

    @Test
    void layerEditedBySomeoneElseSincePlanningIsAborted() {
        StackInventory prod = f.inventory("shop-prod");
        Layer db = prod.layers().stream().filter(l -> l.type() == LayerType.DB_MASTER).findFirst().orElseThrow();
        Plan plan = f.planner.updateLayerGroups(prod, f.classification("shop-prod"), db, List.of());
        DemoTestAccess.setLayerGroupsBehindTheBack(f.account, db.id(), List.of(group(prod, "shop-prod-app").id()));

        ExecutionReport report = f.guard.execute(plan, "shop-prod");

        assertThat(report.status()).isEqualTo(ExecutionReport.Status.ABORTED);
        assertThat(report.abortReasons()).singleElement().asString().contains("changed by someone else");
    }

    @Test
    void demoRefusesUnknownGroupsAndAStaleEc2Id() {
        GroupDrift app1 = drift("rails-app1");
        Confirmation confirmation = new Confirmation("p", app1.instance().stackId(), Operation.MODIFY_INSTANCE_GROUPS,
                Set.of(app1.instance().id()), f.clock.instant().plusSeconds(60));
        String app1Ec2 = app1.instance().ec2Id().orElseThrow();

        assertThatThrownBy(() -> f.account.modifyInstanceGroups(app1.instance().id(), app1Ec2,
                List.of("sg-nope"), confirmation)).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.INVALID_INPUT));
        assertThatThrownBy(() -> f.account.modifyInstanceGroups(app1.instance().id(), "i-other",
                List.copyOf(app1.desired()), confirmation)).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT));
        assertThatThrownBy(() -> f.account.modifyInstanceGroups(app1.instance().id(), app1Ec2,
                List.of(), confirmation)).isInstanceOf(CloudException.class);
    }

    private DriftReport report() {
        return DriftAnalyzer.analyze(f.inventory("shop-prod"));
    }

    private List<GroupDrift> drifts(SyncStatus status) {
        return report().instances().stream().filter(d -> d.status() == status).collect(Collectors.toList());
    }

    private GroupDrift drift(String hostname) {
        return report().instances().stream().filter(d -> d.instance().hostname().equals(hostname)).findFirst()
                .orElseThrow();
    }

    private SyncStatus statusOf(String hostname) {
        return drift(hostname).status();
    }

    private static SecurityGroup group(StackInventory inventory, String name) {
        Map<String, SecurityGroup> groups = inventory.groupsById();
        return groups.values().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
