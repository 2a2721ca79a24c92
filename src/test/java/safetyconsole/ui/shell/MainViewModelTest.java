package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.context.Environment;
import safetyconsole.context.Rgb;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.QueuedTaskRunner;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;

class MainViewModelTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @TempDir
    Path dir;

    @Test
    void refreshListsStacksSortedByNameWithEnvironmentsAndSelectsTheFirst() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.refresh();

        assertThat(model.stacks()).extracting(StackEntry::name)
                .containsExactly("ops-tools", "shop-dev", "shop-prod", "shop-prod-v2", "shop-staging");
        assertThat(entry(model, "ops-tools").classification().environment()).isEqualTo(Environment.UNCLASSIFIED);
        assertThat(entry(model, "shop-prod").color()).isEqualTo(new Rgb(186, 65, 50));
        assertThat(model.selectedStackProperty().get().name()).isEqualTo("ops-tools");
        assertThat(model.status().loadingProperty().get()).isFalse();
    }

    @Test
    void selectingAStackChangesBannerTitleAndContents() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.refresh();

        model.select(entry(model, "shop-prod"));

        assertThat(model.bannerProperty().get().stackName()).isEqualTo("shop-prod");
        assertThat(model.bannerProperty().get().environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(model.windowTitleProperty().get()).startsWith("[PRODUCTION] shop-prod ");
        assertThat(model.content().instances()).extracting(InstanceRow::hostname).contains("rails-app1", "db-master1");
        assertThat(model.content().layers()).hasSize(4);
        assertThat(model.content().apps()).hasSize(2);
        assertThat(model.status().textProperty().get()).startsWith("shop-prod: 9 instances, 4 layers, 2 apps");
    }

    @Test
    void bannerChangesBeforeTheStackHasLoadedAndOldRowsAreGoneAtOnce() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        MainViewModel model = model(runner, List.of());
        model.refresh();
        runner.runAll();
        model.select(entry(model, "shop-prod"));
        runner.runAll();
        assertThat(model.content().instances()).isNotEmpty();

        model.select(entry(model, "shop-dev"));

        assertThat(model.bannerProperty().get().stackName()).isEqualTo("shop-dev");
        assertThat(model.windowTitleProperty().get()).startsWith("[DEVELOPMENT] shop-dev");
        assertThat(model.content().instances()).isEmpty();
        assertThat(model.content().placeholderProperty().get()).isEqualTo("Loading shop-dev\u2026");
        assertThat(model.status().loadingProperty().get()).isTrue();
        runner.runAll();
        assertThat(model.status().loadingProperty().get()).isFalse();
    }

    @Test
    void aLoadThatFinishesAfterTheUserMovedOnIsDropped() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        MainViewModel model = model(runner, List.of());
        model.refresh();
        runner.runAll();
        model.select(entry(model, "shop-prod"));
        model.select(entry(model, "shop-dev"));

        runner.runLast();
        runner.runFirst();

        assertThat(model.bannerProperty().get().stackName()).isEqualTo("shop-dev");
        assertThat(model.content().instances()).extracting(InstanceRow::hostname)
                .containsExactlyInAnyOrder("dev-app1", "dev-tools1");
        assertThat(model.status().textProperty().get()).startsWith("shop-dev");
    }

    @Test
    void statusCountsAreInGoodEnglish() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.refresh();

        assertThat(model.status().textProperty().get()).startsWith("ops-tools: 1 instance, 1 layer, 0 apps");
    }

    @Test
    void refreshKeepsTheSelectedStackAndReadsItAgain() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.refresh();
        model.select(entry(model, "shop-staging"));
        account.faults().resetCounts();

        model.refresh();

        assertThat(model.selectedStackProperty().get().name()).isEqualTo("shop-staging");
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_INSTANCES)).isEqualTo(1);
    }

    @Test
    void selectingTheSameStackAgainDoesNotReload() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.refresh();
        account.faults().resetCounts();

        model.select(entry(model, "ops-tools"));

        assertThat(account.faults().totalCalls()).isZero();
    }

    @Test
    void failedStackListIsOnePlainSentence() {
        account.faults().failNext(DemoOperation.DESCRIBE_STACKS, CloudException.Kind.ACCESS_DENIED);
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.refresh();

        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);
        assertThat(model.status().textProperty().get())
                .isEqualTo("Could not load the stacks. AWS refused the request: your credentials lack the permission for it.");
        assertThat(model.stacks()).isEmpty();
        assertThat(model.status().loadingProperty().get()).isFalse();
    }

    @Test
    void throttledEc2ShowsTheInstancesMarkedUnreadAndSaysSo() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.refresh();
        account.faults().failNext(DemoOperation.DESCRIBE_EC2_INSTANCES, CloudException.Kind.THROTTLED);

        model.select(entry(model, "shop-prod"));

        assertThat(model.content().instances()).filteredOn(r -> r.hostname().equals("rails-app1"))
                .singleElement().satisfies(r -> assertThat(r.securityGroups()).isEqualTo("not read (throttled)"));
        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);
        assertThat(model.status().textProperty().get()).contains("EC2 details could not be read for 8 instances",
                "throttling");
    }

    @Test
    void failedStackLoadKeepsBannerClearsRowsAndSaysWhy() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.refresh();
        account.faults().failNext(DemoOperation.DESCRIBE_INSTANCES, CloudException.Kind.THROTTLED);

        model.select(entry(model, "shop-prod"));

        assertThat(model.bannerProperty().get().stackName()).isEqualTo("shop-prod");
        assertThat(model.content().instances()).isEmpty();
        assertThat(model.content().placeholderProperty().get()).isEqualTo("Could not load shop-prod.");
        assertThat(model.status().textProperty().get()).startsWith("Could not load shop-prod. AWS is throttling");
    }

    @Test
    void settingsProblemsAreShownAsNotices() {
        MainViewModel model = model(new InlineTaskRunner(), List.of("settings.json is not valid JSON (line 2, column 3); using the built-in rules only."));

        model.refresh();

        assertThat(model.notices()).singleElement().asString().contains("not valid JSON");
    }

    @Test
    void selectingAnInstanceShowsItsDetails() {
        MainViewModel model = model(new InlineTaskRunner(), List.of());
        model.refresh();
        model.select(entry(model, "shop-prod"));
        InstanceRow app2 = model.content().instances().stream()
                .filter(r -> r.hostname().equals("rails-app2")).findFirst().orElseThrow();

        model.content().selectInstance(app2);

        assertThat(model.content().details()).anySatisfy(line -> {
            assertThat(line.label()).isEqualTo("Root device");
            assertThat(line.value()).startsWith("instance-store");
        });
        model.content().selectInstance(null);
        assertThat(model.content().details()).isEmpty();
    }

    @Test
    void overrideFromSettingsChangesTheBanner() {
        MainViewModel model = new MainViewModel(TestApps.of(account, account, dir, TestClocks.fixed(),
                Map.of("ops-tools", Environment.DEVELOPMENT), List.of()), new InlineTaskRunner());

        model.refresh();

        assertThat(model.bannerProperty().get().environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(model.bannerProperty().get().patterned()).isFalse();
    }

    @Test
    void unknownStackColorIsANoticeAndTheBannerUsesTheEnvironmentColor() {
        Stack odd = new Stack("s-1", "odd-staging", "us-east-1", null, Map.of(), "blurple", true, null, Instant.EPOCH);
        FixedAccount fixed = new FixedAccount(List.of(odd));
        MainViewModel model = new MainViewModel(TestApps.of(fixed, null, dir, TestClocks.fixed(), Map.of(),
                List.of("from settings")), new InlineTaskRunner());

        model.refresh();

        assertThat(model.bannerProperty().get().background()).isEqualTo(Environment.STAGING.color());
        assertThat(model.notices()).containsExactly("from settings", model.bannerProperty().get().colorProblem().get());
        assertThat(model.notices().get(1)).contains("blurple");
    }

    @Test
    void aDamagedRailsLinksFileIsANotice() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/rails-links.json"), "{broken");
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.refresh();

        assertThat(model.notices()).anySatisfy(n -> assertThat(n).contains("rails-links.json", "link the apps again"));
    }

    @Test
    void emptyAccountSaysSoAndSelectsNothing() {
        FixedAccount empty = new FixedAccount(List.of());
        MainViewModel model = new MainViewModel(TestApps.of(empty, null, dir, TestClocks.fixed()),
                new InlineTaskRunner());

        model.refresh();

        assertThat(model.bannerProperty().get()).isNull();
        assertThat(model.windowTitleProperty().get()).isEqualTo("OpsWorks Safety Console");
        assertThat(model.status().textProperty().get()).isEqualTo("This account has no OpsWorks stacks in us-east-1.");
    }

    private MainViewModel model(TaskRunner runner, List<String> notices) {
        return new MainViewModel(TestApps.of(account, account, dir, TestClocks.fixed(), Map.of(), notices), runner);
    }

    private static StackEntry entry(MainViewModel model, String name) {
        return model.stacks().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
