package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.instances;
import static safetyconsole.ui.shell.MainModels.row;
import static safetyconsole.ui.shell.MainModels.select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.Mode;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.dialogs.ConfirmationViewModel;

class ActionsViewModelTest {

    @TempDir
    Path dir;
    private final MutableClock clock = TestClocks.mutable();
    private final DemoAccount account = DemoAccount.seeded(clock);
    private AppContext app;
    private MainViewModel model;

    @BeforeEach
    void setUp() {
        app = TestApps.of(account, account, dir, clock);
        model = new OpenAccount(app).model(new InlineTaskRunner());
        model.stacks().refresh();
    }

    @Test
    void productionOpensReadOnlyAndRefusesToPlan() {
        select(model, "shop-prod");

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.banner().changesAllowedProperty().get()).isFalse();
        assertThat(model.banner().armableProperty().get()).isTrue();
        assertThat(model.actions().planInstances(InstanceOperation.START_INSTANCE, instances(model, "rails-app5")))
                .isEmpty();
        assertThat(model.status().textProperty().get()).contains("read-only", "arm it first");
    }

    @Test
    void developmentIsUnlockedButStillGoesThroughConfirmation() {
        select(model, "shop-dev");

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.UNLOCKED);
        assertThat(model.banner().armableProperty().get()).isFalse();
        Optional<ConfirmationViewModel> dialog = model.actions().planInstances(InstanceOperation.STOP_INSTANCE,
                instances(model, "dev-app1"));
        assertThat(dialog).isPresent();
        assertThat(dialog.get().canConfirmProperty().get()).isFalse();
    }

    @Test
    void confirmedPlanRunsReportsAndReloadsTheStack() {
        select(model, "shop-prod");
        model.banner().arm("Replace rails-app5, OPS-1234");
        ConfirmationViewModel dialog = model.actions()
                .planInstances(InstanceOperation.START_INSTANCE, instances(model, "rails-app5")).orElseThrow();

        dialog.typedProperty().set("shop-prod");
        dialog.confirm();

        assertThat(dialog.succeeded()).isTrue();
        assertThat(model.status().textProperty().get()).isEqualTo("Done: Start instance rails-app5 in shop-prod.");
        assertThat(row(model, "rails-app5").status()).isEqualTo(InstanceStatus.ONLINE);
    }

    @Test
    void refusedPlanSaysWhyInTheStatus() {
        select(model, "shop-dev");

        assertThat(model.actions().planInstances(InstanceOperation.DELETE_INSTANCE, instances(model, "dev-app1")))
                .isEmpty();

        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);
        assertThat(model.status().textProperty().get()).isEqualTo(
                "dev-app1 is online; OpsWorks deletes only stopped instances. Stop it first.");
    }

    @Test
    void readOnlySourceCannotPlanAnything() {
        MainViewModel readOnly = new OpenAccount(TestApps.of(account, null, dir.resolve("ro"), clock))
                .model(new InlineTaskRunner());
        readOnly.stacks().refresh();
        select(readOnly, "shop-dev");

        assertThat(readOnly.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(readOnly.banner().armableProperty().get()).isFalse();
        assertThat(readOnly.actions().planDeleteStack()).isEmpty();
        assertThat(readOnly.status().textProperty().get()).contains("read-only");
    }

    @Test
    void pendingGroupsCanBeFixedThreeWaysFromTheSecurityGroupsScreen() {
        select(model, "shop-prod");
        model.banner().arm("Add the metrics group, OPS-77");
        var drift = model.stacks().content().drift();
        var app1 = drift.grouped().values().iterator().next().get(0);
        var app2 = drift.grouped().values().iterator().next().get(1);

        assertThat(model.actions().planFixGroups(List.of(app1), safetyconsole.guard.GroupFix.ADD_MISSING)).isPresent();
        assertThat(model.actions().planFixGroups(List.of(app1), safetyconsole.guard.GroupFix.MAKE_EXACT)).isPresent();
        assertThat(model.actions().planRestartInstanceStore(List.of(app2))).hasValueSatisfying(dialog ->
                assertThat(dialog.planProperty().get().title())
                        .isEqualTo("Stop and start instance rails-app2 in shop-prod"));
        assertThat(model.actions().planRestartInstanceStore(List.of(app1))).isEmpty();
        assertThat(model.status().textProperty().get()).contains("EBS-backed");
    }

    @Test
    void impactNoticeCountsTheLayersRunningInstancesAfterALayerEdit() {
        select(model, "shop-prod");
        model.banner().arm("Give the workers the metrics group, OPS-77");
        var inventory = model.stacks().content().inventory().orElseThrow();
        var workers = inventory.layers().stream().filter(l -> l.shortname().equals("workers")).findFirst()
                .orElseThrow();
        var metrics = inventory.groupsById().values().stream().filter(g -> g.name().equals("shop-prod-metrics-scrape"))
                .findFirst().orElseThrow();
        List<String> groups = new ArrayList<>(workers.customSecurityGroupIds());
        groups.add(metrics.id());
        ConfirmationViewModel dialog = model.actions().planUpdateLayerGroups(workers, groups).orElseThrow();

        dialog.typedProperty().set("shop-prod");
        dialog.confirm();

        assertThat(model.actions().impactProperty().get().pendingInstances()).isEqualTo(2);
        ConfirmationViewModel fix = model.actions().planFixImpact().orElseThrow();
        assertThat(fix.planProperty().get().targets()).extracting(t -> t.name())
                .containsExactly("rails-app3", "worker1");
        assertThat(model.actions().impactProperty().get()).isNull();
    }
}
