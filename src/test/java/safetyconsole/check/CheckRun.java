package safetyconsole.check;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import safetyconsole.AppContext;
import safetyconsole.AwsOptions;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.TestClocks;

/**
 * One run of {@code check} for the hostile-input suites: its exit code and both outputs, under a watchdog of its
 * own, so a hostile file that hangs the check fails its case instead of the build timing out. The bound is a hang
 * guard, far above a normal run, not a speed requirement.
 */
record CheckRun(int exit, String out, String err) {

    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** {@code check} with {@code args}, its settings, links and history in {@code dir}, never reaching AWS. */
    static CheckRun of(Path dir, String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> run(dir, args),
                () -> "check " + String.join(" ", args) + " did not finish: a hostile input hangs it");
    }

    static AppDirectories directories(Path dir) {
        return new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
    }

    private static CheckRun run(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AppDirectories dirs = directories(dir);
        int exit = CheckCommand.run(args, new CheckCommand.Contexts() {
            @Override
            public AppContext demo(Optional<Path> settings) {
                return AppContext.demo(settings, Duration.ZERO, dirs, TestClocks.fixed());
            }

            @Override
            public AppContext snapshot(Path folder, Optional<Path> settings) {
                return AppContext.snapshot(folder, settings, dirs, TestClocks.fixed());
            }

            @Override
            public AppContext aws(AwsOptions options, Optional<Path> settings) {
                throw new AssertionError("the hostile-input suites never connect to AWS");
            }
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CheckRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
