package safetyconsole.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.cloud.demo.DemoScenario;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestClocks;

class DriftAnalyzerTest {

    private final DemoScenario scenario = new DemoScenario();
    private final Stack stack = scenario.stack("s", true);
    private final SecurityGroup app = scenario.group(stack, "app");
    private final SecurityGroup metrics = scenario.group(stack, "metrics");
    private final Layer rails = scenario.layer(stack, "rails", LayerType.RAILS_APP, app);

    @Test
    void freshlyLaunchedInstanceIsInSyncIncludingBuiltInGroups() {
        scenario.online(stack, "a", RootDeviceType.EBS, rails);

        GroupDrift drift = only(analyze());

        assertThat(drift.status()).isEqualTo(SyncStatus.IN_SYNC);
        assertThat(names(drift.desired())).containsExactlyInAnyOrder("app", "AWS-OpsWorks-Rails-App-Server",
                "AWS-OpsWorks-Default-Server");
        assertThat(drift.hasProblem()).isFalse();
    }

    @Test
    void onlineInstanceMissingAGroupAddedToTheLayerIsPending() {
        scenario.online(stack, "a", RootDeviceType.INSTANCE_STORE, rails);
        scenario.setLayerGroups(rails, app, metrics);

        GroupDrift drift = only(analyze());

        assertThat(drift.status()).isEqualTo(SyncStatus.PENDING);
        assertThat(names(drift.missing())).containsExactly("metrics");
        assertThat(drift.extra()).isEmpty();
        assertThat(drift.reason()).contains("never");
    }

    @Test
    void groupRemovedFromTheLayerButStillAttachedIsExtra() {
        scenario.online(stack, "a", RootDeviceType.EBS, rails);
        scenario.setLayerGroups(rails);

        GroupDrift drift = only(analyze());

        assertThat(drift.status()).isEqualTo(SyncStatus.PENDING);
        assertThat(names(drift.extra())).containsExactly("app");
        assertThat(drift.missing()).isEmpty();
    }

    @Test
    void stoppedInstanceStoreWillSyncOnStart() {
        Instance a = scenario.online(stack, "a", RootDeviceType.INSTANCE_STORE, rails);
        scenario.stop(a);
        scenario.setLayerGroups(rails, app, metrics);

        assertThat(only(analyze()).status()).isEqualTo(SyncStatus.WILL_SYNC_ON_START);
    }

    @Test
    void stoppedEbsThatDiffersWontSyncOnStartButOneThatMatchesIsInSync() {
        Instance a = scenario.online(stack, "a", RootDeviceType.EBS, rails);
        scenario.stop(a);
        assertThat(only(analyze()).status()).isEqualTo(SyncStatus.IN_SYNC);

        scenario.setLayerGroups(rails, app, metrics);

        assertThat(only(analyze()).status()).isEqualTo(SyncStatus.WONT_SYNC_ON_START);
    }

    @Test
    void neverStartedInstanceIsNotCheckedWithItsReason() {
        scenario.created(stack, "a", RootDeviceType.EBS, rails);

        GroupDrift drift = only(analyze());

        assertThat(drift.status()).isEqualTo(SyncStatus.NOT_CHECKED);
        assertThat(drift.reason()).contains("No EC2 instance yet");
    }

    @Test
    void throttledEc2IsNotCheckedNeverInSync() {
        scenario.online(stack, "a", RootDeviceType.EBS, rails);
        DemoAccount account = scenario.account();
        account.faults().failNext(DemoOperation.DESCRIBE_EC2_INSTANCES, CloudException.Kind.THROTTLED);

        DriftReport report = DriftAnalyzer.analyze(new InventoryLoader(account, TestClocks.fixed()).load(stack));

        assertThat(only(report).status()).isEqualTo(SyncStatus.NOT_CHECKED);
        assertThat(only(report).reason()).contains("throttled");
        assertThat(report.summary()).doesNotContain("All").contains("1 not checked");
    }

    @Test
    void unreadableGroupsMakeEveryInstanceNotChecked() {
        scenario.online(stack, "a", RootDeviceType.EBS, rails);
        DemoAccount account = scenario.account();
        account.faults().failNext(DemoOperation.DESCRIBE_SECURITY_GROUPS, CloudException.Kind.ACCESS_DENIED);

        DriftReport report = DriftAnalyzer.analyze(new InventoryLoader(account, TestClocks.fixed()).load(stack));

        assertThat(only(report).status()).isEqualTo(SyncStatus.NOT_CHECKED);
    }

    @Test
    void instanceInSeveralLayersWantsTheUnionAndIsListedUnderEach() {
        SecurityGroup workers = scenario.group(stack, "workers");
        Layer custom = scenario.layer(stack, "jobs", LayerType.CUSTOM, workers);
        scenario.online(stack, "both", RootDeviceType.EBS, rails, custom);
        scenario.setLayerGroups(custom, workers, metrics);

        DriftReport report = analyze();
        GroupDrift drift = only(report);

        assertThat(names(drift.desired())).contains("app", "workers", "metrics", "AWS-OpsWorks-Rails-App-Server",
                "AWS-OpsWorks-Custom-Server");
        assertThat(names(drift.missing())).containsExactly("metrics");
        assertThat(report.byLayer().values()).allSatisfy(list -> assertThat(list).containsExactly(drift));
    }

    @Test
    void withoutOpsworksGroupsOnlyCustomGroupsAreDesired() {
        DemoScenario own = new DemoScenario();
        Stack plain = own.stack("plain", false);
        SecurityGroup mine = own.group(plain, "mine");
        Layer layer = own.layer(plain, "rails", LayerType.RAILS_APP, mine);
        own.online(plain, "a", RootDeviceType.EBS, layer);

        GroupDrift drift = only(DriftAnalyzer.analyze(
                new InventoryLoader(own.account(), TestClocks.fixed()).load(plain)));

        assertThat(drift.desired()).containsExactly(mine.id());
        assertThat(drift.status()).isEqualTo(SyncStatus.IN_SYNC);
    }

    @Test
    void deletedGroupStillNamedByTheLayerIsReportedAndNotCountedMissing() {
        scenario.setLayerGroups(rails, app, metrics);
        scenario.online(stack, "a", RootDeviceType.EBS, rails);
        scenario.deleteGroup(metrics);

        DriftReport report = analyze();
        GroupDrift drift = only(report);

        assertThat(drift.deleted()).containsExactly(metrics.id());
        assertThat(drift.missing()).isEmpty();
        assertThat(drift.hasProblem()).isTrue();
        assertThat(report.summary()).contains("no longer exist");
    }

    @Test
    void summarySaysAllInSyncOnlyWhenEverythingWasChecked() {
        scenario.online(stack, "a", RootDeviceType.EBS, rails);
        assertThat(analyze().summary()).isEqualTo("Its one instance has its layers' groups.");

        scenario.created(stack, "b", RootDeviceType.EBS, rails);

        assertThat(analyze().summary()).isEqualTo("1 not checked (unknown: see each row), 1 in sync.");
    }

    @Test
    void seededProductionStackTellsTheStory() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod"))
                .findFirst().orElseThrow();

        DriftReport report = DriftAnalyzer.analyze(new InventoryLoader(account, TestClocks.fixed()).load(prod));

        Map<String, SyncStatus> byHost = new HashMap<>();
        report.instances().forEach(d -> byHost.put(d.instance().hostname(), d.status()));
        assertThat(byHost).containsEntry("rails-app1", SyncStatus.PENDING)
                .containsEntry("rails-app2", SyncStatus.PENDING)
                .containsEntry("rails-app3", SyncStatus.PENDING)
                .containsEntry("rails-app4", SyncStatus.WILL_SYNC_ON_START)
                .containsEntry("rails-app5", SyncStatus.WONT_SYNC_ON_START)
                .containsEntry("rails-app6", SyncStatus.IN_SYNC)
                .containsEntry("db-master1", SyncStatus.IN_SYNC);
        assertThat(report.summary()).startsWith("3 pending (running; OpsWorks will never fix them)");
    }

    @Test
    void aThreeLayerStackOfAThousandInstancesWorksOutThreeDesiredSetsAndSharesThem() {
        DemoAccount large = DemoAccount.large(1, 1_000, TestClocks.fixed());
        Stack generated = large.describeStacks().get(0);

        DriftReport report = DriftAnalyzer.analyze(new InventoryLoader(large, TestClocks.fixed()).load(generated));

        assertThat(report.inventory().layers()).hasSize(3);
        assertThat(report.instances()).hasSize(1_000);
        assertThat(distinctObjects(report.instances().stream().map(GroupDrift::desired))).isEqualTo(3);
        List<GroupDrift> inSync = report.instances().stream().filter(d -> d.status() == SyncStatus.IN_SYNC).toList();
        assertThat(inSync).hasSizeGreaterThan(500)
                .allSatisfy(d -> assertThat(d.actual()).isSameAs(d.desired()));
    }

    @Test
    void compactGroupSetsAreOrderedUnmodifiableSetsOfIds() {
        SecurityGroup workers = scenario.group(stack, "workers");
        scenario.online(stack, "a", RootDeviceType.EBS, rails);
        scenario.setLayerGroups(rails, metrics, workers, app);

        GroupDrift drift = only(analyze());

        assertThat(drift.missing()).containsExactly(metrics.id(), workers.id())
                .isEqualTo(new LinkedHashSet<>(List.of(workers.id(), metrics.id())))
                .hasSameHashCodeAs(Set.of(metrics.id(), workers.id()));
        assertThat(drift.missing().contains(workers.id())).isTrue();
        assertThat(drift.missing().contains(app.id())).isFalse();
        assertThatThrownBy(() -> drift.missing().add(app.id())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> drift.missing().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static long distinctObjects(Stream<?> objects) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        objects.forEach(seen::add);
        return seen.size();
    }

    private DriftReport analyze() {
        StackInventory inventory = new InventoryLoader(scenario.account(), TestClocks.fixed()).load(stack);
        return DriftAnalyzer.analyze(inventory);
    }

    private List<String> names(Set<String> ids) {
        StackInventory inventory = new InventoryLoader(scenario.account(), TestClocks.fixed()).load(stack);
        return ids.stream().map(inventory::groupName).toList();
    }

    private static GroupDrift only(DriftReport report) {
        assertThat(report.instances()).hasSize(1);
        return report.instances().get(0);
    }
}
