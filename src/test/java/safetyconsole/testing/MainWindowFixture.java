package safetyconsole.testing;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import safetyconsole.AppContext;
import safetyconsole.ui.common.FxTaskRunner;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.shell.AccountWindow;
import safetyconsole.ui.shell.Accounts;
import safetyconsole.ui.shell.ConsoleApp;
import safetyconsole.ui.shell.MainViewModel;
import safetyconsole.ui.shell.OpenAccount;

/**
 * The real main window on an app of the test's choosing, loaded as at start-up, for TestFX tests; closed
 * with its background work after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class MainWindowFixture {

    protected final FxTaskRunner runner = new FxTaskRunner();
    protected MainViewModel model;
    protected Stage stage;

    /** The app the window opens on, made afresh for each test. */
    protected abstract AppContext app();

    /** Call from the test's {@code @Start} method: TestFX looks for it only in the test class itself. */
    protected void openMainWindow(Stage stage) {
        this.stage = stage;
        model = openOn(stage, runner, app());
    }

    /**
     * The main window on {@code app} as the console opens it at start (theme, account window, first load);
     * it cannot connect to AWS or switch to the demo.
     */
    public static MainViewModel openOn(Stage stage, TaskRunner runner, AppContext app) {
        ConsoleApp.applyTheme();
        Accounts only = new Accounts(() -> {
            throw new IllegalStateException("the test window does not connect");
        }, () -> new OpenAccount(app), (connection, regions) -> {
            throw new IllegalStateException("the test window does not connect");
        }, app.directories());
        return new AccountWindow(stage, runner, only).show(new OpenAccount(app));
    }

    @AfterEach
    void closeEverything() throws Exception {
        runner.close();
        FxToolkit.cleanupStages();
    }

    /** Waits for the first stack to load, then selects {@code stack} and waits until it has loaded. */
    protected void openStack(FxRobot robot, String stack) throws TimeoutException {
        waitFor(10, TimeUnit.SECONDS, () -> model.status().textProperty().get().startsWith("ops-tools:"));
        robot.clickOn(stack);
        waitFor(10, TimeUnit.SECONDS, () -> shown(model, stack));
    }

    /**
     * Whether {@code stack} is loaded and shown: the status line says so, and for an OpsWorks stack its rows and
     * pending-groups analysis, which the task runner makes after the load (decision 0038), are in. Ask on the FX
     * thread, or where a test's waits already ask.
     */
    public static boolean shown(MainViewModel model, String stack) {
        var selected = model.stacks().selectedStackProperty().get();
        var content = model.stacks().content();
        return selected != null && selected.name().equals(stack)
                && model.status().textProperty().get().startsWith(stack + ":")
                && !model.status().loadingProperty().get()
                && (!selected.stack().isOpsWorks()
                || content.inventory().isPresent() && content.drift().reportProperty().get() != null);
    }
}
