package safetyconsole.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.check.CheckCommand;

/**
 * The installed {@code check} as a script sees it: a JVM of its own with the production logging (the test class
 * path's logback-test.xml left out), its exit status, and what reaches standard error.
 */
class LauncherCheckTest {

    /** Not an assertion on time: a hung JVM fails the test instead of the build. */
    private static final long WATCHDOG_MINUTES = 3;

    @TempDir
    Path dir;

    @Test
    void aBadSettingsFileIsOneWarningOnTheTerminalAndItsTraceIsInTheLogFile() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.json"), "{ \"environmentOverrides\": ");

        Run run = check("--demo", "--settings", settings.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CheckCommand.FINDINGS);
        assertThat(run.err()).startsWith("warning: " + settings + " is not valid JSON").hasLineCount(1);
        assertThat(run.out()).contains("finding");
        assertThat(Files.readString(logFile())).contains("is not valid JSON", "JsonEOFException", "\tat ");
    }

    @Test
    void verboseShowsTheLogWithItsTracesOnStandardError() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.json"), "{ \"environmentOverrides\": ");

        Run run = check("--demo", "--settings", settings.toString(), "--verbose");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CheckCommand.FINDINGS);
        assertThat(run.err()).contains("WARN", "is not valid JSON", "JsonEOFException", "\tat ");
    }

    @Test
    void aWrongOptionIsAnErrorWithUsageOnly() throws Exception {
        Run run = check("--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(CheckCommand.ERROR);
        assertThat(run.err()).startsWith("--format takes text or json, not \"yaml\".").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    private Path logFile() throws IOException {
        try (var files = Files.walk(dir.resolve("state"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".log")).findFirst().orElseThrow();
        }
    }

    private Run check(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", productionClassPath(), Launcher.class.getName(), "check"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process process = builder.start();
        if (!process.waitFor(WATCHDOG_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("check did not end within " + WATCHDOG_MINUTES + " minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** The test JVM's class path without the test classes, whose logback-test.xml would replace the real setup. */
    private static String productionClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
