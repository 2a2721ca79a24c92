package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.AwsOptions;
import safetyconsole.check.CheckCommand;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.json.Json;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.TestClocks;

/**
 * {@code check --profile p --endpoint-url <plain moto>}: an account without OpsWorks, as every account is since its
 * end of life. The check connects through the real SDK, reports OpsWorks' absence as information and exits clean.
 */
class CheckWithoutOpsWorksTest {

    private static final String NOTICE = "OpsWorks Stacks is not available in this account \u2014 it closed on"
            + " 2024-05-26; showing migrated stacks";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anAccountWithoutOpsWorksIsCheckedCleanWithTheInformationLine() {
        int code = check(Moto.freshEndpoint(), "text");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(CheckCommand.CLEAN);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("account 123456789012",
                "Information: " + NOTICE + ".", "No findings.");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theJsonNamesTheServiceThatIsNotThere() throws Exception {
        int code = check(Moto.freshEndpoint(), "json");

        assertThat(code).isEqualTo(CheckCommand.CLEAN);
        JsonNode report = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.path("format").asInt()).isEqualTo(1);
        assertThat(report.path("findings").asInt()).isZero();
        assertThat(report.path("stacks")).isEmpty();
        JsonNode unavailable = report.path("unavailableServices").get(0);
        assertThat(unavailable.path("service").asText()).isEqualTo("OPSWORKS_STACKS");
        assertThat(unavailable.path("closedOn").asText()).isEqualTo("2024-05-26");
        assertThat(unavailable.path("information").asText()).isEqualTo(NOTICE);
    }

    /** The "done when", on an account where OpsWorks answers nothing at all: plain moto. */
    @Test
    void aMigratedStackIsReportedWithTheInstancesThatLackTheTemplatesNewGroup() throws Exception {
        try (MigratedStacksWorld world = new MigratedStacksWorld()) {
            var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1", Map.of("Environment", "production"));
            world.addMonitoringInVersion2();
            world.useVersion(prod.groupName(), "2");
            world.application("app-shop-prod-3f2a9c");
            List<String> version1 = world.launchedFrom(prod.groupName(), "1");

            int code = check(world.moto, "json", "[profile test]\nregion = " + MigratedStacksWorld.REGION + "\n");

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(CheckCommand.FINDINGS);
            JsonNode report = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
            assertThat(report.path("unavailableServices").get(0).path("service").asText())
                    .isEqualTo("OPSWORKS_STACKS");
            JsonNode stack = report.path("migratedStacks").get(0);
            assertThat(stack.path("id").asText()).isEqualTo(prod.stackId());
            assertThat(stack.path("name").asText()).isEqualTo("shop-prod-rails-app-3f2a9c");
            assertThat(stack.path("kind").asText()).isEqualTo("CLOUDFORMATION");
            assertThat(stack.path("environment").asText()).isEqualTo("PRODUCTION");
            assertThat(stack.path("migratedFrom").path("stack").asText()).isEqualTo("shop-prod");
            assertThat(stack.path("migratedFrom").path("layer").asText()).isEqualTo("rails-app");
            assertThat(stack.path("migratedFrom").path("application").asText()).isEqualTo("app-shop-prod-3f2a9c");
            JsonNode group = stack.path("groups").get(0);
            assertThat(group.path("name").asText()).isEqualTo(prod.groupName());
            List<String> missing = new ArrayList<>();
            for (JsonNode instance : group.path("instances")) {
                if (instance.path("status").asText().equals("MISSING")) {
                    missing.add(instance.path("instanceId").asText());
                    assertThat(instance.path("missing").get(0).path("id").asText()).isEqualTo(world.monitoring);
                }
            }
            assertThat(missing).containsExactlyInAnyOrderElementsOf(version1);
        }
    }

    private Path awsConfig() {
        try {
            return Files.createDirectories(dir.resolve("aws"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int check(URI moto, String format) {
        return check(moto, format, TestProfiles.STATIC);
    }

    private int check(URI moto, String format, String profiles) {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
        AwsConnector connector = new AwsConnector(TestProfiles.write(awsConfig(), profiles,
                TestProfiles.STATIC_CREDENTIALS), AwsTestWorld.FAST, TestClocks.fixed(), AwsTestWorld::sideReads);
        String[] args = {"--profile", "test", "--endpoint-url", moto.toString(), "--format", format};
        return CheckCommand.run(args, new CheckCommand.Contexts() {
            @Override
            public AppContext demo(Optional<Path> settings) {
                throw new AssertionError("the check was asked for AWS");
            }

            @Override
            public AppContext snapshot(Path folder, Optional<Path> settings) {
                throw new AssertionError("the check was asked for AWS");
            }

            @Override
            public AppContext aws(AwsOptions options, Optional<Path> settings) {
                return AppContext.aws(connector.connect(options.request(connector), MfaPrompt.NONE), settings, dirs,
                        TestClocks.fixed());
            }
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
