package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.context.Environment;
import safetyconsole.context.Rgb;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.QueuedTaskRunner;
import safetyconsole.ui.common.TaskRunner;

class StackSelectionTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @TempDir
    Path dir;

    @Test
    void refreshListsStacksSortedByNameWithEnvironmentsAndSelectsTheFirst() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.stacks().refresh();

        assertThat(model.stacks().stacks()).extracting(StackEntry::name)
                .containsExactly("ops-tools", "shop-dev", "shop-prod", "shop-prod-v2", "shop-staging",
                        "billing-api-prod", "nightly-batch", "shop-prod-rails-app-3f2a9c", "shop-prod-sidekiq-3f2a9c",
                        "shop-staging-rails-app-7b1e02");
        assertThat(entry(model, "ops-tools").classification().environment()).isEqualTo(Environment.UNCLASSIFIED);
        assertThat(entry(model, "shop-prod").color()).isEqualTo(new Rgb(186, 65, 50));
        assertThat(model.stacks().selectedStackProperty().get().name()).isEqualTo("ops-tools");
        assertThat(model.status().loadingProperty().get()).isFalse();
    }

    @Test
    void selectingAStackChangesBannerTitleAndContents() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.stacks().refresh();

        model.stacks().select(entry(model, "shop-prod"));

        assertThat(model.banner().bannerProperty().get().stackName()).isEqualTo("shop-prod");
        assertThat(model.banner().bannerProperty().get().environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(model.banner().windowTitleProperty().get()).startsWith("[PRODUCTION] shop-prod ");
        assertThat(model.stacks().content().instances()).extracting(InstanceRow::hostname)
                .contains("rails-app1", "db-master1");
        assertThat(model.stacks().content().layers()).hasSize(4);
        assertThat(model.stacks().content().apps()).hasSize(2);
        assertThat(model.status().textProperty().get()).startsWith("shop-prod: 9 instances, 4 layers, 2 apps");
    }

    @Test
    void bannerChangesBeforeTheStackHasLoadedAndOldRowsAreGoneAtOnce() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        MainViewModel model = model(runner, List.of());
        model.stacks().refresh();
        runner.runAll();
        model.stacks().select(entry(model, "shop-prod"));
        runner.runAll();
        assertThat(model.stacks().content().instances()).isNotEmpty();

        model.stacks().select(entry(model, "shop-dev"));

        assertThat(model.banner().bannerProperty().get().stackName()).isEqualTo("shop-dev");
        assertThat(model.banner().windowTitleProperty().get()).startsWith("[DEVELOPMENT] shop-dev");
        assertThat(model.stacks().content().instances()).isEmpty();
        assertThat(model.stacks().content().placeholderProperty().get()).isEqualTo("Loading shop-dev\u2026");
        assertThat(model.status().loadingProperty().get()).isTrue();
        runner.runAll();
        assertThat(model.status().loadingProperty().get()).isFalse();
    }

    @Test
    void aLoadThatFinishesAfterTheUserMovedOnIsDropped() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        MainViewModel model = model(runner, List.of());
        model.stacks().refresh();
        runner.runAll();
        model.stacks().select(entry(model, "shop-prod"));
        model.stacks().select(entry(model, "shop-dev"));

        runner.runLast();
        runner.runFirst();
        runner.runAll();

        assertThat(model.banner().bannerProperty().get().stackName()).isEqualTo("shop-dev");
        assertThat(model.stacks().content().instances()).extracting(InstanceRow::hostname)
                .containsExactlyInAnyOrder("dev-app1", "dev-tools1");
        assertThat(model.status().textProperty().get()).startsWith("shop-dev");
    }

    @Test
    void statusCountsAreInGoodEnglish() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.stacks().refresh();

        assertThat(model.status().textProperty().get()).startsWith("ops-tools: 1 instance, 1 layer, 0 apps");
    }

    @Test
    void refreshKeepsTheSelectedStackAndReadsItAgain() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.stacks().refresh();
        model.stacks().select(entry(model, "shop-staging"));
        account.faults().resetCounts();

        model.stacks().refresh();

        assertThat(model.stacks().selectedStackProperty().get().name()).isEqualTo("shop-staging");
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_INSTANCES)).isEqualTo(1);
    }

    @Test
    void selectingTheSameStackAgainDoesNotReload() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.stacks().refresh();
        account.faults().resetCounts();

        model.stacks().select(entry(model, "ops-tools"));

        assertThat(account.faults().totalCalls()).isZero();
    }

    @Test
    void failedStackListIsOnePlainSentence() {
        account.faults().failNext(DemoOperation.DESCRIBE_STACKS, CloudException.Kind.ACCESS_DENIED);
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.stacks().refresh();

        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);
        assertThat(model.status().textProperty().get())
                .isEqualTo("Could not load the stacks. AWS refused the request: your credentials lack the permission"
                        + " for it.");
        assertThat(model.stacks().stacks()).isEmpty();
        assertThat(model.status().loadingProperty().get()).isFalse();
    }

    @Test
    void throttledEc2ShowsTheInstancesMarkedUnreadAndSaysSo() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.stacks().refresh();
        account.faults().failNext(DemoOperation.DESCRIBE_EC2_INSTANCES, CloudException.Kind.THROTTLED);

        model.stacks().select(entry(model, "shop-prod"));

        assertThat(model.stacks().content().instances()).filteredOn(r -> r.hostname().equals("rails-app1"))
                .singleElement().satisfies(r -> assertThat(r.securityGroups()).isEqualTo("not read (throttled)"));
        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);
        assertThat(model.status().textProperty().get()).contains("EC2 details could not be read for 8 instances",
                "throttling");
    }

    @Test
    void failedStackLoadKeepsBannerClearsRowsAndSaysWhy() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.stacks().refresh();
        account.faults().failNext(DemoOperation.DESCRIBE_INSTANCES, CloudException.Kind.THROTTLED);

        model.stacks().select(entry(model, "shop-prod"));

        assertThat(model.banner().bannerProperty().get().stackName()).isEqualTo("shop-prod");
        assertThat(model.stacks().content().instances()).isEmpty();
        assertThat(model.stacks().content().placeholderProperty().get()).isEqualTo("Could not load shop-prod.");
        assertThat(model.status().textProperty().get()).startsWith("Could not load shop-prod. AWS is throttling");
    }

    @Test
    void emptyAccountSaysSoAndSelectsNothing() {
        FixedAccount empty = new FixedAccount(List.of());
        MainViewModel model = new OpenAccount(TestApps.of(empty, null, dir, TestClocks.fixed()))
                .model(new InlineTaskRunner());

        model.stacks().refresh();

        assertThat(model.banner().bannerProperty().get()).isNull();
        assertThat(model.banner().windowTitleProperty().get()).isEqualTo("OpsWorks Safety Console");
        assertThat(model.status().textProperty().get()).isEqualTo("This account has no OpsWorks stacks in us-east-1.");
    }

    @Test
    void aLoadStillRunningWhenTheStacksAreGoneShowsNothing() {
        AtomicReference<List<Stack>> listed = new AtomicReference<>(account.describeStacks());
        EmptyAccount shrinking = new EmptyAccount("Shrinking test account",
                new CallerIdentity("999988887777", "arn:aws:iam::999988887777:user/tester", "AIDATEST")) {
            @Override
            public List<Stack> describeStacks() {
                return listed.get();
            }
        };
        QueuedTaskRunner runner = new QueuedTaskRunner();
        MainViewModel model = new OpenAccount(TestApps.of(shrinking, null, dir, TestClocks.fixed())).model(runner);
        model.stacks().refresh();
        runner.runFirst();
        assertThat(runner.pending()).isEqualTo(1);
        listed.set(List.of());

        model.stacks().refresh();
        runner.runLast();
        runner.runFirst();

        assertThat(model.stacks().selectedStackProperty().get()).isNull();
        assertThat(model.stacks().content().placeholderProperty().get()).isEqualTo("Select a stack.");
        assertThat(model.status().textProperty().get()).startsWith("This account has no OpsWorks stacks");
    }

    private MainViewModel model(TaskRunner runner, List<String> notices) {
        return new OpenAccount(TestApps.of(account, account, dir, TestClocks.fixed(), Map.of(), notices)).model(runner);
    }
}
