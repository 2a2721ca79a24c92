package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.FxTaskRunner;

/** The window on an account without OpsWorks: an empty stack list and the notice above it, no error. */
@ExtendWith(ApplicationExtension.class)
class WithoutOpsWorksFxTest {

    @TempDir
    static Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = MainWindowFixture.openOn(stage, runner, TestApps.of(new NoOpsWorksAccount(), null, dir,
                TestClocks.fixed()));
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Test
    void theWindowShowsTheNoticeAndAnEmptyStackList(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> !model.banner().notices().isEmpty());
        waitForFxEvents();

        assertThat(robot.lookup("#notices .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(NoOpsWorksAccount.NOTICE);
        assertThat(robot.lookup("#stackList").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.INFO);
    }
}
