package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.RefreshSkip;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.ScalingStackLoader;

/** The guard on the demo's migrated stacks and their stories, end to end through the demo's own rules. */
class GuardOnMigratedDemoTest {

    private static final String PROD = "shop-prod-rails-app-3f2a9c";
    private static final String STAGING = "shop-staging-rails-app-7b1e02";

    @TempDir
    Path dir;
    private GuardFixture f;

    @BeforeEach
    void setUp() {
        f = new GuardFixture(dir);
    }

    private Stack stack(String name) {
        return AccountStacks.read(f.account).stacks().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private ScalingStackInventory inventory(String name) {
        return new ScalingStackLoader(f.account, f.clock).load(stack(name));
    }

    private AutoScalingGroup liveGroup(String stackName) {
        ScalingGroupDrift drift = inventory(stackName).groups().get(0);
        return f.account.scalingGroups().describeAutoScalingGroup(drift.group().region(), drift.group().name())
                .orElseThrow();
    }

    @Test
    void shopStagingCannotBeScaledInByTypingShopProd() {
        ScalingStackInventory staging = inventory(STAGING);
        String group = staging.groups().get(0).group().name();
        int before = liveGroup(STAGING).desiredCapacity();
        Plan plan = f.planner.setDesiredCapacity(staging, f.classifier.classify(staging.stack()), group, 1);

        assertThatThrownBy(() -> f.guard.execute(plan, PROD)).isInstanceOf(GuardRefusedException.class);
        assertThat(liveGroup(STAGING).desiredCapacity()).isEqualTo(before);

        assertThat(f.guard.execute(plan, STAGING).status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(liveGroup(STAGING).desiredCapacity()).isEqualTo(1);
    }

    @Test
    void theMissingMetricsGroupIsFixedByOneGuardedRefreshOnceArmed() {
        ScalingStackInventory prod = inventory(PROD);
        ScalingGroupDrift drift = prod.groups().get(0);
        List<String> missing = drift.withStatus(TemplateSyncStatus.MISSING).stream()
                .map(InstanceTemplateDrift::instanceId).toList();
        List<String> spared = drift.refreshSkips().stream().map(RefreshSkip::instanceId).toList();
        ScalingPlan<ScalingChange.None> plan = f.planner.startInstanceRefresh(prod,
                f.classifier.classify(prod.stack()), drift.group().name());

        assertThat(missing).isNotEmpty();
        assertThat(spared).isNotEmpty();
        assertThat(plan.consequences().get(0)).contains(missing.stream().filter(id -> !spared.contains(id)).toList()
                .toArray(String[]::new));
        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).startsWith("It skips " + spared.get(0)));
        assertThatThrownBy(() -> f.guard.execute(plan, PROD)).isInstanceOf(GuardRefusedException.class)
                .hasMessageContaining("arm it");

        f.arming.arm(prod.stack(), "Roll out shop-prod-metrics-scrape, OPS-4711");
        assertThat(f.guard.execute(plan, PROD).status()).isEqualTo(ExecutionReport.Status.DONE);

        assertThat(f.account.scalingGroups().describeInstanceRefreshes(drift.group().region(), drift.group().name()))
                .first().satisfies(refresh -> assertThat(refresh.status().isActive()).isTrue());
    }

    @Test
    void stagingsRunningRefreshRefusesAnotherAndCanBeCancelled() {
        ScalingStackInventory staging = inventory(STAGING);
        String group = staging.groups().get(0).group().name();

        assertThatThrownBy(() -> f.planner.startInstanceRefresh(staging, f.classifier.classify(staging.stack()),
                group)).isInstanceOf(PlanRefusedException.class).hasMessageContaining("already running");
        Plan cancel = f.planner.cancelInstanceRefresh(staging, f.classifier.classify(staging.stack()), group);

        assertThat(f.guard.execute(cancel, STAGING).status()).isEqualTo(ExecutionReport.Status.DONE);
        assertThat(f.guard.execute(cancel, STAGING).status()).as("cancelled once").isEqualTo(
                ExecutionReport.Status.ABORTED);
    }
}
