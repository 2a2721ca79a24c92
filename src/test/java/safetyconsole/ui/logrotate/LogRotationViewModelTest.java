package safetyconsole.ui.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.logrotate.AppLogCheck;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

class LogRotationViewModelTest {

    @TempDir
    Path dir;

    @Test
    void linkingACheckoutChecksAgainAndIsRememberedByTheNextConsole() throws Exception {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack staging = account.describeStacks().stream().filter(s -> s.name().equals("shop-staging")).findFirst()
                .orElseThrow();
        AppContext app = TestApps.of(account, account, dir, TestClocks.fixed());
        LogRotationViewModel model = forApp(app);
        model.show(app.inventoryLoader().load(staging), "123456789012");
        assertThat(model.selected().orElseThrow().status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
        Path checkout = Files.createDirectories(dir.resolve("shop/config/environments"));
        Files.writeString(checkout.resolve("staging.rb"), "config.logger = Logger.new('log/staging.log', 'daily')\n");

        model.linkCheckout(model.selected().get().app(), dir.resolve("shop"));

        assertThat(model.selected().orElseThrow().status()).isEqualTo(AppLogCheck.Status.CONFLICT);
        LogRotationViewModel later = forApp(TestApps.of(account, account, dir, TestClocks.fixed()));
        later.show(app.inventoryLoader().load(staging), "123456789012");
        assertThat(later.selected().orElseThrow().source()).hasValueSatisfying(s -> assertThat(s).contains("shop"));

        later.unlink(later.selected().get().app());
        assertThat(later.selected().orElseThrow().status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
    }

    @Test
    void stackWithoutRailsSaysThereIsNothingToCheck() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack tools = account.describeStacks().stream().filter(s -> s.name().equals("ops-tools")).findFirst()
                .orElseThrow();
        AppContext app = TestApps.of(account, account, dir, TestClocks.fixed());
        LogRotationViewModel model = forApp(app);

        model.show(app.inventoryLoader().load(tools), "123456789012");

        assertThat(model.checks()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(
                "ops-tools has no Rails App Server layer with Rails apps: nothing to check.");
    }

    @Test
    void aLinkThatCannotBeSavedSaysSoAndLeavesTheAppUnchecked() throws Exception {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack staging = account.describeStacks().stream().filter(s -> s.name().equals("shop-staging")).findFirst()
                .orElseThrow();
        AppContext app = TestApps.of(account, account, dir, TestClocks.fixed());
        LogRotationViewModel model = forApp(app);
        model.show(app.inventoryLoader().load(staging), "123456789012");
        Files.createDirectories(dir.resolve("data/rails-links.json"));

        model.linkCheckout(model.selected().get().app(), dir.resolve("shop"));

        assertThat(model.messageProperty().get()).startsWith("The link could not be saved: ");
        assertThat(model.selected().orElseThrow().status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
    }

    private static LogRotationViewModel forApp(AppContext app) {
        return new LogRotationViewModel(app.railsLinks(), app::railsCode, new InlineTaskRunner());
    }
}
