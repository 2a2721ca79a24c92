package safetyconsole.migrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.ScalingChains;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.inventory.InventoryHistory;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestClocks;

/**
 * Instances gone from migrated stacks' groups: found against the last sighting, explained by the chain, kept until
 * dismissed and across restarts. The demo's two stories on first load. Played again on a later date by .ci/run.
 */
class GoneFromGroupsTest {

    private static final String ACCOUNT = "123456789012";
    private static final String BOB = "arn:aws:iam::123456789012:user/bob";
    private static final String CAROL = "arn:aws:iam::123456789012:user/carol";

    @TempDir
    Path dir;
    private final MutableClock clock = TestClocks.mutable();

    @Test
    void theDemoShowsBobsTwoLossesAndCarolsTwoReplacementsOnFirstLoad() {
        AppContext app = demo();
        GoneFromGroups gone = goneFromGroups(app, app.inventoryHistory());

        GoneFromGroup rails = single(gone.record(ACCOUNT, load(app, "shop-prod-rails-app-3f2a9c")));
        assertThat(rails.sentence()).isEqualTo("rails-app group of shop-prod had 4, now 4");
        assertThat(rails.withFate(GoneInstance.Fate.LOST)).hasSize(2).allSatisfy(instance ->
                assertThat(instance.responsible()).hasValueSatisfying(link ->
                        assertThat(link.event().principalArn()).isEqualTo(BOB)));
        assertThat(rails.findings()).isEqualTo(2);

        GoneFromGroup sidekiq = single(gone.record(ACCOUNT, load(app, "shop-prod-sidekiq-3f2a9c")));
        assertThat(sidekiq.sentence()).isEqualTo("sidekiq group of shop-prod had 2, now 2");
        assertThat(sidekiq.withFate(GoneInstance.Fate.REPLACED)).hasSize(2).allSatisfy(instance ->
                assertThat(instance.responsible()).hasValueSatisfying(link ->
                        assertThat(link.event().principalArn()).isEqualTo(CAROL)));
        assertThat(sidekiq.findings()).isZero();

        assertThat(gone.record(ACCOUNT, load(app, "shop-staging-rails-app-7b1e02"))).isEmpty();
    }

    @Test
    void goneInstancesStayUntilDismissedAndSurviveARestart() {
        AppContext app = demo();
        Path file = dir.resolve("inventory-history.json");
        InventoryHistory history = InventoryHistory.inFile(file);
        GoneFromGroups gone = goneFromGroups(app, history);
        ScalingStackInventory sidekiq = load(app, "shop-prod-sidekiq-3f2a9c");
        assertThat(gone.record(ACCOUNT, sidekiq)).isEmpty();

        String removed = sidekiq.groups().get(0).instances().get(0).instanceId();
        ((DemoAccount) app.account()).terminateInstanceInGroup("us-east-1", removed, true, new Confirmation("plan",
                sidekiq.stack().id(), Operation.TERMINATE_INSTANCE_IN_GROUP, Set.of(removed),
                clock.instant().plusSeconds(60)));
        clock.advance(Duration.ofMinutes(5));
        gone.record(ACCOUNT, load(app, "shop-prod-sidekiq-3f2a9c"));

        GoneFromGroups afterRestart = goneFromGroups(app, InventoryHistory.inFile(file));
        GoneFromGroup still = single(afterRestart.record(ACCOUNT, load(app, "shop-prod-sidekiq-3f2a9c")));
        assertThat(still.sentence()).isEqualTo("sidekiq group of shop-prod had 2, now 1");
        assertThat(still.withFate(GoneInstance.Fate.LOST)).singleElement().satisfies(instance -> {
            assertThat(instance.instanceId()).isEqualTo(removed);
            assertThat(instance.responsible().orElseThrow().event().eventName())
                    .isEqualTo("TerminateInstanceInAutoScalingGroup");
        });

        InventoryHistory.inFile(file).dismiss(ACCOUNT, sidekiq.stack().id());
        assertThat(goneFromGroups(app, InventoryHistory.inFile(file))
                .record(ACCOUNT, load(app, "shop-prod-sidekiq-3f2a9c"))).isEmpty();
    }

    @Test
    void aStackNotReadInFullRecordsNothingAndShowsWhatWasFoundBefore() {
        AppContext app = demo();
        GoneFromGroups gone = goneFromGroups(app, app.inventoryHistory());
        ScalingStackInventory rails = load(app, "shop-prod-rails-app-3f2a9c");
        ScalingStackInventory withoutItsGroup = new ScalingStackInventory(rails.stack(), rails.cloudFormationStack(),
                rails.resources(), List.of(), rails.ec2ById(), rails.loadedAt(), List.of(ServiceNotice.itemFailed(
                        OptionalService.AUTO_SCALING, "Auto Scaling group x",
                        new CloudException(CloudException.Kind.THROTTLED, "slow"))), rails.securityGroupNames());

        assertThat(gone.record(ACCOUNT, withoutItsGroup)).isEmpty();
        assertThat(single(gone.record(ACCOUNT, rails)).withFate(GoneInstance.Fate.LOST)).hasSize(2);
        assertThat(single(gone.record(ACCOUNT, withoutItsGroup)).withFate(GoneInstance.Fate.LOST)).hasSize(2);
    }

    private AppContext demo() {
        return AppContext.demo(Optional.empty(), Duration.ZERO,
                new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs")), clock);
    }

    private GoneFromGroups goneFromGroups(AppContext app, InventoryHistory history) {
        return new GoneFromGroups(history, new ScalingChains(app.account(), clock), clock);
    }

    private static ScalingStackInventory load(AppContext app, String name) {
        Stack stack = AccountStacks.read(app.account()).stacks().stream().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow();
        return app.scalingStackLoader().load(stack);
    }

    private static GoneFromGroup single(List<GoneFromGroup> groups) {
        assertThat(groups).hasSize(1);
        return groups.get(0);
    }
}
