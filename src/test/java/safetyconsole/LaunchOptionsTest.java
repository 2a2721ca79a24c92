package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansDemoWithStandardSettings() throws Exception {
        LaunchOptions options = LaunchOptions.parse();

        assertThat(options.settingsFile()).isEmpty();
        assertThat(options.demoLatency()).isZero();
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
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse("--prod"))
                .isInstanceOf(LaunchOptions.InvalidOptionsException.class)
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
}
