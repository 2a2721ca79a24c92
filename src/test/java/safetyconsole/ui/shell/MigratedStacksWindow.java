package safetyconsole.ui.shell;

import java.nio.file.Path;
import java.util.function.Function;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.testing.MigratedStacks;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

/**
 * The main window's view on {@link FixedAccount#withMigratedStacks()}, its migrated stacks read by
 * {@link MigratedStacks#load}, for TestFX tests; the demo's operations make the guard present (nothing is carried
 * out: the guard's re-reading would find the demo's stacks, not these).
 */
final class MigratedStacksWindow {

    private MigratedStacksWindow() {
    }

    static MainViewModel open(Stage stage, Path dir) {
        return open(stage, dir, MigratedStacks::load);
    }

    /** As {@link #open(Stage, Path)}, its migrated stacks read by {@code load}. */
    static MainViewModel open(Stage stage, Path dir, Function<Stack, ScalingStackInventory> load) {
        MainViewModel model = new OpenAccount(TestApps.of(FixedAccount.withMigratedStacks(),
                DemoAccount.seeded(TestClocks.fixed()), dir, TestClocks.fixed()))
                .model(new InlineTaskRunner(), load);
        MainView view = new MainView(model, new MainView.Windows() {
            @Override
            public void about(Window owner) {
                throw new IllegalStateException("not in this test");
            }

            @Override
            public void auditLog(Window owner) {
                throw new IllegalStateException("not in this test");
            }
        }, () -> { });
        stage.setScene(new Scene(view, 1200, 720));
        ConsoleApp.applyTheme();
        stage.show();
        model.stacks().refresh();
        view.focusStackList();
        return model;
    }
}
