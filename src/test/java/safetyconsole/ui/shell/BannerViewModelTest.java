package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.instances;
import static safetyconsole.ui.shell.MainModels.select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.Environment;
import safetyconsole.context.Mode;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.TaskRunner;

/** The banner, the title and the notices follow the selected stack; arming it is limited in time and by reason. */
class BannerViewModelTest {

    @TempDir
    Path dir;
    private final MutableClock clock = TestClocks.mutable();
    private final DemoAccount account = DemoAccount.seeded(clock);
    private MainViewModel model;

    @BeforeEach
    void setUp() {
        model = new OpenAccount(TestApps.of(account, account, dir, clock)).model(new InlineTaskRunner());
        model.stacks().refresh();
    }

    @Test
    void unclassifiedIsProtectedLikeProduction() {
        select(model, "ops-tools");

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.banner().armableProperty().get()).isTrue();
    }

    @Test
    void armingShowsACountdownAndAllowsPlans() {
        select(model, "shop-prod");

        model.banner().arm("Replace rails-app5, OPS-1234");
        clock.advance(Duration.ofSeconds(75));
        model.banner().tick();

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.ARMED);
        assertThat(model.banner().bannerProperty().get().modeText()).isEqualTo("ARMED 13:45");
        assertThat(model.actions().planInstances(InstanceOperation.START_INSTANCE, instances(model, "rails-app5")))
                .isPresent();
    }

    @Test
    void armingWithoutAReasonIsRefused() {
        select(model, "shop-prod");

        model.banner().arm("because");

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.status().textProperty().get()).contains("at least 10 characters");
    }

    @Test
    void armingLapsesWhenIdleAndSaysWhy() {
        select(model, "shop-prod");
        model.banner().arm("Replace rails-app5, OPS-1234");

        clock.advance(Duration.ofMinutes(5));
        model.banner().tick();

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.status().textProperty().get()).contains("read-only again", "no activity");
    }

    @Test
    void armingExpiresEvenWithActivity() {
        select(model, "shop-prod");
        model.banner().arm("Replace rails-app5, OPS-1234");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(3));
            model.banner().noteActivity();
            model.banner().tick();
        }

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
        assertThat(model.status().textProperty().get()).contains("armed time is up");
    }

    @Test
    void switchingStacksDisarms() {
        select(model, "shop-prod");
        model.banner().arm("Replace rails-app5, OPS-1234");

        select(model, "shop-prod-v2");
        select(model, "shop-prod");

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.READ_ONLY);
    }

    @Test
    void refreshKeepsTheArming() {
        select(model, "shop-prod");
        model.banner().arm("Replace rails-app5, OPS-1234");

        model.stacks().refresh();

        assertThat(model.banner().bannerProperty().get().mode()).isEqualTo(Mode.ARMED);
    }

    @Test
    void settingsProblemsAreShownAsNotices() {
        MainViewModel model = model(new InlineTaskRunner(),
                List.of("settings.json is not valid JSON (line 2, column 3); using the built-in rules only."));

        model.stacks().refresh();

        assertThat(model.banner().notices()).singleElement().asString().contains("not valid JSON");
    }

    @Test
    void overrideFromSettingsChangesTheBanner() {
        MainViewModel model = new OpenAccount(TestApps.of(account, account, dir, TestClocks.fixed(),
                Map.of("ops-tools", Environment.DEVELOPMENT), List.of())).model(new InlineTaskRunner());

        model.stacks().refresh();

        assertThat(model.banner().bannerProperty().get().environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(model.banner().bannerProperty().get().patterned()).isFalse();
    }

    @Test
    void unknownStackColorIsANoticeAndTheBannerUsesTheEnvironmentColor() {
        Stack odd = new Stack("s-1", "odd-staging", "us-east-1", Optional.empty(), Map.of(),
                Optional.of("blurple"), true, null, Instant.EPOCH);
        FixedAccount fixed = new FixedAccount(List.of(odd));
        MainViewModel model = new OpenAccount(TestApps.of(fixed, null, dir, TestClocks.fixed(), Map.of(),
                List.of("from settings"))).model(new InlineTaskRunner());

        model.stacks().refresh();

        assertThat(model.banner().bannerProperty().get().background()).isEqualTo(Environment.STAGING.color());
        assertThat(model.banner().notices())
                .containsExactly("from settings", model.banner().bannerProperty().get().colorProblem().get());
        assertThat(model.banner().notices().get(1)).contains("blurple");
    }

    @Test
    void aDamagedRailsLinksFileIsANotice() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/rails-links.json"), "{broken");
        MainViewModel model = model(new InlineTaskRunner(), List.of());

        model.stacks().refresh();

        assertThat(model.banner().notices())
                .anySatisfy(n -> assertThat(n).contains("rails-links.json", "link the apps again"));
    }

    private MainViewModel model(TaskRunner runner, List<String> notices) {
        return new OpenAccount(TestApps.of(account, account, dir, TestClocks.fixed(), Map.of(), notices)).model(runner);
    }
}
