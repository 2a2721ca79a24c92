package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansDemoWithStandardSettings() throws Exception {
        LaunchOptions options = LaunchOptions.parse();

        assertThat(options.settingsFile()).isEmpty();
        assertThat(options.demoLatency()).isZero();
        assertThat(options.demoScale()).isEqualTo(DemoScale.STORIES);
        assertThat(options.help()).isFalse();
        assertThat(options.smokeTest()).isFalse();
    }

    @Test
    void snapshotFolder() throws Exception {
        assertThat(LaunchOptions.parse("--snapshot", "/tmp/snap").snapshot()).contains(Path.of("/tmp/snap"));
    }

    @Test
    void smokeTestFlag() throws Exception {
        assertThat(LaunchOptions.parse("--smoke-test").smokeTest()).isTrue();
    }

    @Test
    void readsSettingsFileAndLatency() throws Exception {
        LaunchOptions options = LaunchOptions.parse("--demo", "--settings", "/tmp/s.json", "--demo-latency", "150");

        assertThat(options.settingsFile()).contains(Path.of("/tmp/s.json"));
        assertThat(options.demoLatency()).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void demoScaleAccountOpensTheAccountScaleAndAnythingElseIsExplained() throws Exception {
        assertThat(LaunchOptions.parse("--demo-scale", "account").demoScale()).isEqualTo(DemoScale.ACCOUNT);
        assertThat(LaunchOptions.parse("--demo", "--demo-scale", "stories").demoScale()).isEqualTo(DemoScale.STORIES);
        assertThatThrownBy(() -> LaunchOptions.parse("--demo-scale", "huge"))
                .isInstanceOf(CommandLine.InvalidOptionsException.class)
                .hasMessage("--demo-scale takes stories or account, not \"huge\".");
        assertThatThrownBy(() -> LaunchOptions.parse("--profile", "ops", "--demo-scale", "account"))
                .hasMessageStartingWith("--demo-scale cannot be combined");
    }

    @Test
    void regionsAreReadInOrderOnceEachAndGoWithTheDemo() throws Exception {
        assertThat(LaunchOptions.parse().regions()).isEmpty();
        assertThat(LaunchOptions.parse("--demo", "--regions", "us-east-1,eu-west-1,us-east-1").regions())
                .containsExactly("us-east-1", "eu-west-1");
        assertThat(LaunchOptions.parse("--profile", "ops", "--regions", "eu-west-1").regions())
                .containsExactly("eu-west-1");
    }

    @Test
    void regionsThatAreNoRegionsAreRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse("--regions", "eu-west-1,EU-WEST-2"))
                .isInstanceOf(CommandLine.InvalidOptionsException.class)
                .hasMessage("--regions takes region names separated by commas, such as us-east-1,eu-west-1;"
                        + " \"EU-WEST-2\" is not one.");
        assertThatThrownBy(() -> LaunchOptions.parse("--regions", " "))
                .hasMessage("--regions needs at least one region, such as us-east-1.");
    }

    @Test
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse("--prod"))
                .isInstanceOf(CommandLine.InvalidOptionsException.class)
                .hasMessage("Unknown option \"--prod\".");
    }

    @Test
    void missingValueIsNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse("--settings"))
                .hasMessage("--settings needs a value.");
        assertThatThrownBy(() -> LaunchOptions.parse("--settings", "--demo"))
                .hasMessage("--settings needs a value.");
    }

    @Test
    void badLatencyIsExplained() {
        assertThatThrownBy(() -> LaunchOptions.parse("--demo-latency", "-5"))
                .hasMessageContaining("whole number of milliseconds");
        assertThatThrownBy(() -> LaunchOptions.parse("--demo-latency", "fast"))
                .hasMessageContaining("\"fast\"");
    }

    @Test
    void awsOptionsMeanConnectingToAws() throws Exception {
        LaunchOptions options = LaunchOptions.parse("--profile", "ops", "--region", "eu-west-1",
                "--endpoint-url", "https://opsworks.example.com");

        assertThat(options.aws()).isEqualTo(new AwsOptions(Optional.of("ops"), Optional.of("eu-west-1"),
                Optional.of(URI.create("https://opsworks.example.com"))));
        assertThat(options.aws().given()).isTrue();
        assertThat(LaunchOptions.parse().aws().given()).isFalse();
    }

    @Test
    void anEndpointOtherThanHttpsOrLocalHttpIsRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse("--endpoint-url", "http://10.0.0.5:5000"))
                .hasMessage("--endpoint-url must be https, or http to this machine only (127.0.0.1, ::1 or"
                        + " localhost), not \"http://10.0.0.5:5000\".");
        assertThatThrownBy(() -> LaunchOptions.parse("--endpoint-url", "localhost:5000"))
                .hasMessageContaining("needs a scheme and a host");
    }

    @Test
    void anotherAccountBesideTheAwsOptionsIsAConflict() {
        assertThatThrownBy(() -> LaunchOptions.parse("--snapshot", "/tmp/snap", "--profile", "ops"))
                .hasMessage("--snapshot cannot be combined with --profile, --region or --endpoint-url:"
                        + " pick one account.");
        assertThatThrownBy(() -> LaunchOptions.parse("--region", "us-east-1", "--demo"))
                .hasMessageStartingWith("--demo cannot be combined");
        assertThatThrownBy(() -> LaunchOptions.parse("--region", "us-east-1", "--demo-latency", "100"))
                .hasMessageStartingWith("--demo-latency cannot be combined");
    }
}
