package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import safetyconsole.AppContext;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;

/** The window on an account without OpsWorks: an empty stack list and the notice above it, no error. */
class WithoutOpsWorksFxTest extends MainWindowFixture {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Override
    protected AppContext app() {
        return TestApps.of(new NoOpsWorksAccount(), null, dir, TestClocks.fixed());
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
