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

    private Path awsConfig() {
        try {
            return Files.createDirectories(dir.resolve("aws"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int check(URI moto, String format) {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
        AwsConnector connector = new AwsConnector(TestProfiles.write(awsConfig(), TestProfiles.STATIC,
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
