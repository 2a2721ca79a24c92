package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import safetyconsole.AppContext;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.FxTaskRunner;

/** The main window appears where it was closed last time, without first showing at the default place. */
@ExtendWith(ApplicationExtension.class)
class FirstShowFxTest {

    @TempDir
    static Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final List<Rectangle2D> boundsWhenShown = new ArrayList<>();

    @Start
    void start(Stage primary) {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        AppContext app = TestApps.of(account, account, dir, TestClocks.fixed());
        try {
            Files.createDirectories(app.directories().data());
            Files.writeString(app.directories().windowBoundsFile(),
                    "x=40.0\ny=30.0\nwidth=1000.0\nheight=640.0\nmaximized=false\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A stage of its own: TestFX's primary stage is showing already.
        Stage stage = new Stage();
        stage.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                boundsWhenShown.add(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        });
        MainWindowFixture.openOn(stage, runner, app);
    }

    @AfterEach
    void close() throws Exception {
        runner.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensWithTheBoundsItWasClosedWith() {
        assertThat(boundsWhenShown).containsExactly(new Rectangle2D(40, 30, 1000, 640));
    }
}
