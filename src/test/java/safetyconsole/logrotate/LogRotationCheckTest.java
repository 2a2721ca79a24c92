package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoRailsSamples;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestClocks;

class LogRotationCheckTest {

    private static final Stack STACK = new Stack("s", "shop-prod", "us-east-1", Optional.empty(), Map.of(),
            Optional.empty(), true, "{\"logrotate\": {\"rotate\": 14}}", Instant.EPOCH);
    private static final App SHOP = new App("a1", "s", "Shop", "shop", "rails", Map.of("RAILS_ENV", "production"),
            Map.of());

    @TempDir
    Path dir;

    @Test
    void demoShopConflictsAndAdminIsClean() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod"))
                .findFirst().orElseThrow();
        StackInventory inventory = new InventoryLoader(account, TestClocks.fixed()).load(prod);

        List<AppLogCheck> checks = LogRotationCheck.check(inventory, app -> DemoRailsSamples.forApp("shop-prod",
                app.shortname()).map(files -> RailsSource.of("demo", files)));

        AppLogCheck shop = byName(checks, "Shop");
        assertThat(shop.status()).isEqualTo(AppLogCheck.Status.CONFLICT);
        assertThat(shop.opsworks().render()).contains("rotate 14");
        assertThat(shop.rotations()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RailsRotation.Kind.BY_PERIOD);
            assertThat(r.file()).isEqualTo("config/environments/production.rb");
        });
        assertThat(shop.railsFix()).contains("# replace:", "# with:", "ActiveSupport::Logger.new(\n");
        assertThat(shop.opsworksFix())
                .contains("{\"logrotate\": {\"rotate\": 14", "deploy/templates/default/logrotate.erb");
        assertThat(byName(checks, "Admin").status()).isEqualTo(AppLogCheck.Status.CLEAN);
    }

    @Test
    void withoutLinkedCodeItIsNotCheckedNeverClean() {
        AppLogCheck check = LogRotationCheck.check(STACK, SHOP, Optional.empty());

        assertThat(check.status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
        assertThat(check.problems()).singleElement().asString().contains("link its checkout");
    }

    @Test
    void checkoutOnDiskIsReadIncludingApplicationRb() throws IOException {
        Path root = checkout("production.rb", "Rails.application.configure do\nend\n",
                "module Shop\n  class Application < Rails::Application\n"
                        + "    config.log_file_size = 100.megabytes\n  end\nend\n");

        AppLogCheck check = LogRotationCheck.check(STACK, SHOP, Optional.of(RailsSource.checkout(root)));

        assertThat(check.status()).isEqualTo(AppLogCheck.Status.CONFLICT);
        assertThat(check.rotations()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("config/application.rb");
            assertThat(r.line()).isEqualTo(3);
        });
        assertThat(check.warnings()).singleElement().asString().contains("worker process");
        assertThat(check.source()).contains("checkout " + root);
    }

    @Test
    void railsEnvPicksTheEnvironmentFile() throws IOException {
        App staging = new App("a2", "s", "Shop", "shop", "rails", Map.of("RAILS_ENV", "staging"), Map.of());
        Path root = checkout("staging.rb", "Logger.new('log/staging.log', 'daily')\n", null);

        AppLogCheck check = LogRotationCheck.check(STACK, staging, Optional.of(RailsSource.checkout(root)));

        assertThat(check.railsEnv()).isEqualTo("staging");
        assertThat(check.status()).isEqualTo(AppLogCheck.Status.CONFLICT);
    }

    @Test
    void railsEnvAttributeWinsOverTheVariableAndProductionIsTheDefault() {
        assertThat(LogRotationCheck.railsEnv(new App("a", "s", "x", "x", "rails", Map.of("RAILS_ENV", "staging"),
                Map.of("RailsEnv", "qa")))).isEqualTo("qa");
        assertThat(LogRotationCheck.railsEnv(new App("a", "s", "x", "x", "rails", Map.of(), Map.of())))
                .isEqualTo("production");
    }

    @Test
    void missingEnvironmentFileAsksWhetherRailsEnvIsRight() throws IOException {
        Path root = checkout("staging.rb", "", null);

        AppLogCheck check = LogRotationCheck.check(STACK, SHOP, Optional.of(RailsSource.checkout(root)));

        assertThat(check.status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
        assertThat(check.problems()).singleElement().asString()
                .contains("config/environments/production.rb is not in", "is RAILS_ENV (production) right?");
    }

    @Test
    void aBinaryFileIsReportedNotScanned() throws IOException {
        Path root = checkout("production.rb", "", null);
        Files.write(root.resolve("config/environments/production.rb"), new byte[] {(byte) 0xC3, (byte) 0x28, 0});

        AppLogCheck check = LogRotationCheck.check(STACK, SHOP, Optional.of(RailsSource.checkout(root)));

        assertThat(check.status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
        assertThat(check.problems()).singleElement().asString().contains("not UTF-8 text");
    }

    @Test
    void aCheckoutThatIsGoneIsReported() {
        AppLogCheck check = LogRotationCheck.check(STACK, SHOP, Optional.of(RailsSource.checkout(dir.resolve("gone"))));

        assertThat(check.status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
        assertThat(check.problems()).allSatisfy(p -> assertThat(p).contains("is not a folder"));
    }

    @Test
    void malformedRubyWithoutFindingsIsNotChecked() throws IOException {
        Path root = checkout("production.rb", "config.x = \"never closed\n", null);

        AppLogCheck check = LogRotationCheck.check(STACK, SHOP, Optional.of(RailsSource.checkout(root)));

        assertThat(check.status()).isEqualTo(AppLogCheck.Status.NOT_CHECKED);
        assertThat(check.problems()).singleElement().asString().contains("line 1", "never ends");
    }

    @Test
    void anOpenedEnvironmentFileStandsForTheEnvironmentAndFindsApplicationRb() throws IOException {
        Path root = checkout("whatever.rb", "Rails.application.configure do\nend\n",
                "config.logger = Logger.new('log/production.log', 3, 1024)\n");

        AppLogCheck check = LogRotationCheck.check(STACK, SHOP,
                Optional.of(RailsSource.environmentFile(root.resolve("config/environments/whatever.rb"))));

        assertThat(check.status()).isEqualTo(AppLogCheck.Status.CONFLICT);
        assertThat(check.rotations()).singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("config/application.rb"));
    }

    @Test
    void stacksWithoutARailsLayerHaveNothingToCheck() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack tools = account.describeStacks().stream().filter(s -> s.name().equals("ops-tools"))
                .findFirst().orElseThrow();

        assertThat(LogRotationCheck.check(new InventoryLoader(account, TestClocks.fixed()).load(tools),
                app -> Optional.empty())).isEmpty();
    }

    private Path checkout(String environmentFile, String environment, String application) throws IOException {
        Path root = Files.createDirectories(dir.resolve("app-" + System.nanoTime()));
        Files.createDirectories(root.resolve("config/environments"));
        Files.writeString(root.resolve("config/environments/" + environmentFile), environment);
        if (application != null) {
            Files.writeString(root.resolve("config/application.rb"), application);
        }
        return root;
    }

    private static AppLogCheck byName(List<AppLogCheck> checks, String name) {
        return checks.stream().filter(c -> c.app().name().equals(name)).findFirst().orElseThrow();
    }
}
