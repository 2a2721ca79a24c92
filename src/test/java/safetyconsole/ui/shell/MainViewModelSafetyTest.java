package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.Mode;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestApps;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.dialogs.ConfirmationViewModel;

class MainViewModelSafetyTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final DemoAccount account = DemoAccount.seeded(clock);
    private AppContext app;
    private MainViewModel model;

    @BeforeEach
    void setUp() {
        app = TestApps.of(account, account, dir, clock);
        model = new MainViewModel(app, new InlineTaskRunner());
        model.refresh();
    }

    @Test
    void productionOpensReadOnlyAndRefusesToPlan() {
        select("shop-prod");

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.changesAllowedProperty().get()).isFalse();
        assertThat(model.armableProperty().get()).isTrue();
        assertThat(model.planInstances(InstanceOperation.START_INSTANCE, instances("rails-app5"))).isEmpty();
        assertThat(model.status().textProperty().get()).contains("read-only", "arm it first");
    }

    @Test
    void unclassifiedIsProtectedLikeProduction() {
        select("ops-tools");

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.armableProperty().get()).isTrue();
    }

    @Test
    void developmentIsUnlockedButStillGoesThroughConfirmation() {
        select("shop-dev");

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.UNLOCKED);
        assertThat(model.armableProperty().get()).isFalse();
        Optional<ConfirmationViewModel> dialog = model.planInstances(InstanceOperation.STOP_INSTANCE,
                instances("dev-app1"));
        assertThat(dialog).isPresent();
        assertThat(dialog.get().canConfirmProperty().get()).isFalse();
    }

    @Test
    void armingShowsACountdownAndAllowsPlans() {
        select("shop-prod");

        model.arm("Replace rails-app5, OPS-1234");
        clock.advance(Duration.ofSeconds(75));
        model.tick();

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.ARMED);
        assertThat(model.bannerProperty().get().modeText()).isEqualTo("ARMED 13:45");
        assertThat(model.planInstances(InstanceOperation.START_INSTANCE, instances("rails-app5"))).isPresent();
    }

    @Test
    void armingWithoutAReasonIsRefused() {
        select("shop-prod");

        model.arm("because");

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.status().textProperty().get()).contains("at least 10 characters");
    }

    @Test
    void armingLapsesWhenIdleAndSaysWhy() {
        select("shop-prod");
        model.arm("Replace rails-app5, OPS-1234");

        clock.advance(Duration.ofMinutes(5));
        model.tick();

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.status().textProperty().get()).contains("read-only again", "no activity");
    }

    @Test
    void armingExpiresEvenWithActivity() {
        select("shop-prod");
        model.arm("Replace rails-app5, OPS-1234");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(3));
            model.noteActivity();
            model.tick();
        }

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.status().textProperty().get()).contains("armed time is up");
    }

    @Test
    void switchingStacksDisarms() {
        select("shop-prod");
        model.arm("Replace rails-app5, OPS-1234");

        select("shop-prod-v2");
        select("shop-prod");

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
    }

    @Test
    void refreshKeepsTheArming() {
        select("shop-prod");
        model.arm("Replace rails-app5, OPS-1234");

        model.refresh();

        assertThat(model.bannerProperty().get().mode()).isEqualTo(Mode.ARMED);
    }

    @Test
    void confirmedPlanRunsReportsAndReloadsTheStack() {
        select("shop-prod");
        model.arm("Replace rails-app5, OPS-1234");
        ConfirmationViewModel dialog = model.planInstances(InstanceOperation.START_INSTANCE,
                instances("rails-app5")).orElseThrow();

        dialog.typedProperty().set("shop-prod");
        dialog.confirm();

        assertThat(dialog.succeeded()).isTrue();
        assertThat(model.status().textProperty().get()).isEqualTo("Done: Start instance rails-app5 in shop-prod.");
        assertThat(row("rails-app5").status()).isEqualTo("online");
    }

    @Test
    void refusedPlanSaysWhyInTheStatus() {
        select("shop-dev");

        assertThat(model.planInstances(InstanceOperation.DELETE_INSTANCE, instances("dev-app1"))).isEmpty();

        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);
        assertThat(model.status().textProperty().get()).isEqualTo(
                "dev-app1 is online; OpsWorks deletes only stopped instances. Stop it first.");
    }

    @Test
    void readOnlySourceCannotPlanAnything() {
        MainViewModel readOnly = new MainViewModel(TestApps.of(account, null, dir.resolve("ro"), clock),
                new InlineTaskRunner());
        readOnly.refresh();
        readOnly.select(readOnly.stacks().stream().filter(e -> e.name().equals("shop-dev")).findFirst().orElseThrow());

        assertThat(readOnly.bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(readOnly.armableProperty().get()).isFalse();
        assertThat(readOnly.planDeleteStack()).isEmpty();
        assertThat(readOnly.status().textProperty().get()).contains("read-only");
    }

    @Test
    void pendingGroupsCanBeFixedThreeWaysFromTheSecurityGroupsScreen() {
        select("shop-prod");
        model.arm("Add the metrics group, OPS-77");
        var drift = model.content().drift();
        var app1 = drift.grouped().values().iterator().next().get(0);
        var app2 = drift.grouped().values().iterator().next().get(1);

        assertThat(model.planFixGroups(List.of(app1), safetyconsole.guard.GroupFix.ADD_MISSING)).isPresent();
        assertThat(model.planFixGroups(List.of(app1), safetyconsole.guard.GroupFix.MAKE_EXACT)).isPresent();
        assertThat(model.planRestartInstanceStore(List.of(app2))).hasValueSatisfying(dialog ->
                assertThat(dialog.planProperty().get().title()).isEqualTo("Stop and start instance rails-app2 in shop-prod"));
        assertThat(model.planRestartInstanceStore(List.of(app1))).isEmpty();
        assertThat(model.status().textProperty().get()).contains("EBS-backed");
    }

    @Test
    void impactNoticeCountsTheLayersRunningInstancesAfterALayerEdit() {
        select("shop-prod");
        model.arm("Give the workers the metrics group, OPS-77");
        var inventory = model.content().inventory().orElseThrow();
        var workers = inventory.layers().stream().filter(l -> l.shortname().equals("workers")).findFirst().orElseThrow();
        var metrics = inventory.groupsById().values().stream().filter(g -> g.name().equals("shop-prod-metrics-scrape"))
                .findFirst().orElseThrow();
        List<String> groups = new ArrayList<>(workers.customSecurityGroupIds());
        groups.add(metrics.id());
        ConfirmationViewModel dialog = model.planUpdateLayerGroups(workers, groups).orElseThrow();

        dialog.typedProperty().set("shop-prod");
        dialog.confirm();

        assertThat(model.impactProperty().get().pendingInstances()).isEqualTo(2);
        ConfirmationViewModel fix = model.planFixImpact().orElseThrow();
        assertThat(fix.planProperty().get().targets()).extracting(t -> t.name()).containsExactly("rails-app3", "worker1");
        assertThat(model.impactProperty().get()).isNull();
    }

    private void select(String name) {
        model.select(model.stacks().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow());
    }

    private InstanceRow row(String hostname) {
        return model.content().instances().stream().filter(r -> r.hostname().equals(hostname)).findFirst().orElseThrow();
    }

    private List<Instance> instances(String... hostnames) {
        return Arrays.stream(hostnames).map(h -> row(h).instance()).toList();
    }
}
