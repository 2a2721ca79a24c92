package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.Mode;
import safetyconsole.guard.Plan;
import safetyconsole.testing.MigratedStacks;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.dialogs.ConfirmationViewModel;

/** Changes on migrated stacks become plans for the typed confirmation, as on OpsWorks stacks: armed first. */
class MigratedStackActionsTest {

    @TempDir
    Path dir;

    private MainViewModel model;

    /** The demo's operations only make the guard present: nothing here is carried out. */
    @BeforeEach
    void openTheWindowsModel() {
        model = new OpenAccount(TestApps.of(FixedAccount.withMigratedStacks(), DemoAccount.seeded(TestClocks.fixed()),
                dir, TestClocks.fixed())).model(new InlineTaskRunner(), MigratedStacks::load);
    }

    @Test
    void aDesiredCapacityDecreaseOnAProductionStackIsRefusedUntilArmed() {
        showShopProdRails();
        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);

        Optional<ConfirmationViewModel> refused = model.actions()
                .planSetDesiredCapacity(MigratedStacks.SHOP_PROD_GROUP, 2);

        assertThat(refused).isEmpty();
        assertThat(model.status().textProperty().get()).isEqualTo(MigratedStacks.SHOP_PROD_RAILS
                + " is PRODUCTION and read-only: arm it first (Arm\u2026, Ctrl+Shift+A), with a reason.");

        model.banner().arm("CHG-4711 scale in after the sale");
        Plan plan = model.actions().planSetDesiredCapacity(MigratedStacks.SHOP_PROD_GROUP, 2).orElseThrow()
                .planProperty().get();

        assertThat(plan.stack().name()).isEqualTo(MigratedStacks.SHOP_PROD_RAILS);
        assertThat(plan.consequences()).anySatisfy(consequence -> assertThat(consequence)
                .contains("desired capacity goes from 4 to 2", "terminates 2 instances"));
    }

    @Test
    void deletingTheStackFromTheListPlansTheCloudFormationStackWithWhatItHolds() {
        showShopProdRails();
        model.banner().arm("CHG-4712 retire the old rails layer");

        ConfirmationViewModel confirmation = model.actions().planDeleteStack().orElseThrow();

        assertThat(confirmation.planProperty().get().title())
                .isEqualTo("Delete CloudFormation stack " + MigratedStacks.SHOP_PROD_RAILS);
        assertThat(confirmation.stackName()).isEqualTo(MigratedStacks.SHOP_PROD_RAILS);
        assertThat(confirmation.planProperty().get().consequences()).anySatisfy(consequence -> assertThat(consequence)
                .contains("ApplicationAsg", MigratedStacks.SHOP_PROD_GROUP));
    }

    @Test
    void deletingALoneGroupWithInstancesIsRefusedUnlessItsInstancesGoWithIt() {
        model.stacks().refresh();
        model.stacks().select(entry(model, MigratedStacks.NIGHTLY));

        assertThat(model.actions().planDeleteStack()).isEmpty();
        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);

        assertThat(model.actions().planDeleteAutoScalingGroup(MigratedStacks.NIGHTLY, true)).isPresent();
    }

    @Test
    void terminatingAndHotFixingNameTheInstancesOfTheStackShown() {
        showShopProdRails();
        model.banner().arm("CHG-4713 replace the hot-fixed instance");

        Plan terminate = model.actions().planTerminateInGroup(List.of("i-0d"), false).orElseThrow()
                .planProperty().get();
        Plan hotfix = model.actions().planHotfixGroups("i-0a", List.of("sg-web", "sg-metrics")).orElseThrow()
                .planProperty().get();

        assertThat(terminate.targets()).extracting(target -> target.id()).containsExactly("i-0d");
        assertThat(hotfix.targets()).extracting(target -> target.id()).containsExactly("i-0a");
    }

    @Test
    void anOpsWorksActionIsNotOfferedOnAMigratedStack() {
        showShopProdRails();
        model.banner().arm("CHG-4714 check the walls");

        assertThat(model.actions().planFixImpact()).isEmpty();
        assertThat(model.actions().planDeleteLayer(null)).isEmpty();
        assertThat(model.status().textProperty().get()).isEqualTo("Wait until the stack has loaded.");
    }

    private void showShopProdRails() {
        model.stacks().refresh();
        model.stacks().select(entry(model, MigratedStacks.SHOP_PROD_RAILS));
    }
}
