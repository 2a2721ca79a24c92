package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.cloud.aws.MigratedStacksWorld.confirmation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.Operation;

/**
 * Issue 16's acceptance on a migrated stack, every change through the adapter's guarded writes: a CloudFormation
 * stack's group runs instances from template version 1; version 2 adds sg-monitoring and becomes the group's; the
 * version-1 instances lack it until a skip-matching refresh (carried out by the peer on moto) replaces them.
 */
class AwsMigratedStackAcceptanceTest {

    private static final String REGION = MigratedStacksWorld.REGION;

    @TempDir
    Path home;
    private final MigratedStacksWorld world = new MigratedStacksWorld();

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void theInstancesWithoutTheTemplatesNewGroupAreFoundAndOneGuardedRefreshFixesThem() {
        AwsAccount account = world.account(home);
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        String group = prod.groupName();
        world.addMonitoringInVersion2();
        world.useVersion(group, "2");
        account.setDesiredCapacity(REGION, group, 3,
                confirmation(prod.stackId(), Operation.SET_DESIRED_CAPACITY, group));
        List<String> version1 = world.launchedFrom(group, "1");
        List<String> version2 = world.launchedFrom(group, "2");
        assertThat(version1).hasSize(2);
        assertThat(version2).hasSize(1);

        ScalingGroupDrift stale = analyzed(account, group);
        assertThat(stale.withStatus(TemplateSyncStatus.MISSING)).extracting(InstanceTemplateDrift::instanceId)
                .containsExactlyInAnyOrderElementsOf(version1);
        assertThat(stale.withStatus(TemplateSyncStatus.MISSING))
                .allSatisfy(instance -> assertThat(instance.missing()).containsExactly(world.monitoring));
        assertThat(statuses(stale)).containsEntry(version2.get(0), TemplateSyncStatus.IN_SYNC);

        String hotFixed = version1.get(0);
        account.hotfixInstanceGroups(REGION, hotFixed, List.of(world.app, world.monitoring),
                confirmation(prod.stackId(), Operation.HOTFIX_INSTANCE_GROUPS, hotFixed));
        account.hotfixInstanceGroups(REGION, version2.get(0), List.of(world.app, world.monitoring, world.extra),
                confirmation(prod.stackId(), Operation.HOTFIX_INSTANCE_GROUPS, version2.get(0)));
        ScalingGroupDrift handled = analyzed(account, group);
        assertThat(statuses(handled)).containsExactlyInAnyOrderEntriesOf(Map.of(
                hotFixed, TemplateSyncStatus.LAG,
                version1.get(1), TemplateSyncStatus.MISSING,
                version2.get(0), TemplateSyncStatus.HOTFIX));
        assertThat(handled.withStatus(TemplateSyncStatus.HOTFIX).get(0).hotfix()).containsExactly(world.extra);

        account.startInstanceRefresh(REGION, group,
                confirmation(prod.stackId(), Operation.START_INSTANCE_REFRESH, group));
        world.refreshes.complete(group);

        // Skip-matching replaced the version-1 instances only: the hand-added group on the version-2 one stays.
        ScalingGroupDrift refreshed = analyzed(account, group);
        assertThat(world.instancesOf(group)).hasSize(3).doesNotContainAnyElementsOf(version1).contains(version2.get(0));
        assertThat(statuses(refreshed)).containsEntry(version2.get(0), TemplateSyncStatus.HOTFIX)
                .hasSize(3).values().filteredOn(status -> status != TemplateSyncStatus.HOTFIX)
                .containsOnly(TemplateSyncStatus.IN_SYNC);
        assertThat(refreshed.latestRefresh()).hasValueSatisfying(refresh ->
                assertThat(refresh.status()).isEqualTo(InstanceRefreshStatus.SUCCESSFUL));

        account.hotfixInstanceGroups(REGION, version2.get(0), List.of(world.app, world.monitoring),
                confirmation(prod.stackId(), Operation.HOTFIX_INSTANCE_GROUPS, version2.get(0)));
        ScalingGroupDrift clear = analyzed(account, group);
        assertThat(clear.instances()).hasSize(3).allSatisfy(instance ->
                assertThat(instance.status()).isEqualTo(TemplateSyncStatus.IN_SYNC));
        assertThat(clear.hasFindings()).isFalse();
    }

    private static ScalingGroupDrift analyzed(AwsAccount account, String group) {
        return new ScalingGroupFactsReader(account.scalingGroups()).read(REGION).stream()
                .filter(fact -> fact.group().name().equals(group))
                .map(ScalingGroupDriftAnalyzer::analyze).findFirst().orElseThrow();
    }

    private static Map<String, TemplateSyncStatus> statuses(ScalingGroupDrift drift) {
        return drift.instances().stream().collect(Collectors.toMap(InstanceTemplateDrift::instanceId,
                InstanceTemplateDrift::status));
    }
}
