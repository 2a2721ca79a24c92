package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Stack;
import safetyconsole.context.Environment;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.testing.MigratedStacks;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.QueuedTaskRunner;
import safetyconsole.ui.common.TaskRunner;

/** Migrated stacks in the list and in the content: loaded by their own loader, shown by the scaling content. */
class MigratedStackSelectionTest {

    @TempDir
    Path dir;

    private final List<String> loaded = new ArrayList<>();

    @Test
    void theListSaysWhatHoldsEachStackAndWhereItCameFromAfterTheOpsWorksStacks() {
        MainViewModel model = model(new InlineTaskRunner());

        model.stacks().refresh();

        assertThat(model.stacks().stacks()).extracting(StackEntry::name)
                .containsExactly("shop-prod", "shop-prod-v2", MigratedStacks.NIGHTLY, MigratedStacks.SHOP_PROD_RAILS);
        assertThat(entry(model, MigratedStacks.SHOP_PROD_RAILS).kindAndOrigin())
                .contains("shop-prod \u203a rails-app \u00b7 migrated from OpsWorks \u00b7 CloudFormation");
        assertThat(entry(model, MigratedStacks.NIGHTLY).kindAndOrigin()).contains("Auto Scaling group");
        assertThat(entry(model, "shop-prod").kindAndOrigin()).isEmpty();
    }

    @Test
    void aMigratedStackIsClassifiedAsTodayAndItsBannerSaysTheRegion() {
        MainViewModel model = model(new InlineTaskRunner());
        model.stacks().refresh();

        model.stacks().select(entry(model, MigratedStacks.SHOP_PROD_RAILS));

        assertThat(model.banner().bannerProperty().get().environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(model.banner().bannerProperty().get().region()).isEqualTo(MigratedStacks.REGION);
        assertThat(model.banner().changesAllowedProperty().get()).isFalse();
    }

    @Test
    void selectingAMigratedStackLoadsItThroughItsLoaderAndSaysGroupsAndInstances() {
        MainViewModel model = model(new InlineTaskRunner());
        model.stacks().refresh();

        model.stacks().select(entry(model, MigratedStacks.SHOP_PROD_RAILS));

        assertThat(loaded).containsExactly(MigratedStacks.SHOP_PROD_RAILS);
        assertThat(model.stacks().scaling().groups()).hasSize(1);
        assertThat(model.stacks().scaling().instances()).hasSize(4);
        assertThat(model.stacks().content().inventory()).isEmpty();
        assertThat(model.stacks().content().placeholderProperty().get())
                .isEqualTo("shop-prod-rails-app-3f2a9c is not an OpsWorks stack: it has no layers, apps or log"
                        + " rotation.");
        assertThat(model.status().textProperty().get())
                .matches("shop-prod-rails-app-3f2a9c: 1 group, 4 instances \u00b7 loaded at \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void goingBackToAnOpsWorksStackClearsTheMigratedOne() {
        MainViewModel model = model(new InlineTaskRunner());
        model.stacks().refresh();
        model.stacks().select(entry(model, MigratedStacks.SHOP_PROD_RAILS));

        model.stacks().select(entry(model, "shop-prod"));

        assertThat(model.stacks().scaling().groups()).isEmpty();
        assertThat(model.stacks().scaling().inventory()).isEmpty();
        assertThat(model.stacks().content().inventory()).isPresent();
        assertThat(model.stacks().scaling().placeholderProperty().get()).isEqualTo("Not a migrated stack.");
        assertThat(model.status().textProperty().get()).startsWith("shop-prod: 0 instances, 0 layers");
    }

    @Test
    void aMigratedLoadThatFinishesAfterTheUserMovedOnIsDropped() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        MainViewModel model = model(runner);
        model.stacks().refresh();
        runner.runAll();
        model.stacks().select(entry(model, MigratedStacks.SHOP_PROD_RAILS));
        model.stacks().select(entry(model, MigratedStacks.NIGHTLY));

        runner.runLast();
        runner.runFirst();

        assertThat(model.stacks().scaling().groups()).extracting(row -> row.name())
                .containsExactly(MigratedStacks.NIGHTLY);
        assertThat(model.status().textProperty().get()).startsWith(MigratedStacks.NIGHTLY + ": 1 group, 1 instance ");
        assertThat(model.status().loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedMigratedLoadClearsTheContentAndSaysWhyInOneSentence() {
        MainViewModel model = openAccount().model(new InlineTaskRunner(), stack -> {
            throw new CloudException(CloudException.Kind.ACCESS_DENIED, "DescribeAutoScalingGroups");
        });
        model.stacks().refresh();

        model.stacks().select(entry(model, MigratedStacks.NIGHTLY));

        assertThat(model.stacks().scaling().groups()).isEmpty();
        assertThat(model.stacks().scaling().placeholderProperty().get()).isEqualTo("Could not load nightly-batch.");
        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);
        assertThat(model.status().textProperty().get()).startsWith("Could not load nightly-batch. AWS refused");
    }

    private MainViewModel model(TaskRunner runner) {
        return openAccount().model(runner, this::load);
    }

    private OpenAccount openAccount() {
        return new OpenAccount(TestApps.of(FixedAccount.withMigratedStacks(), null, dir, TestClocks.fixed()));
    }

    private ScalingStackInventory load(Stack stack) {
        loaded.add(stack.name());
        return MigratedStacks.load(stack);
    }
}
