package safetyconsole.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.cloud.demo.DemoAccount;

/**
 * The real main window on the demo's seeded account, with a fresh folder of its own for each test. A subclass still
 * has its own {@code @Start} method calling {@link #openMainWindow}: TestFX looks for it only in the test class.
 */
public abstract class SeededDemoWindowFixture extends MainWindowFixture {

    @TempDir
    static Path dir;
    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @Override
    protected AppContext app() {
        return TestApps.of(account, account, dir.resolve(String.valueOf(System.nanoTime())), TestClocks.fixed());
    }
}
