package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

import safetyconsole.AppContext;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;

/** About, opened with F1 over the real main window: the version, the account and where the files are. */
class AboutDialogFxTest extends MainWindowFixture {

    @TempDir
    static Path dir;
    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private Path home;

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Override
    protected AppContext app() {
        home = dir.resolve(String.valueOf(System.nanoTime()));
        return TestApps.of(account, account, home, TestClocks.fixed());
    }

    @Test
    void showsTheVersionTheAccountAndTheConsolesFiles(FxRobot robot) throws Exception {
        openAbout(robot);

        assertThat(robot.lookup("#aboutDialog .dialog-title").queryAs(Label.class).getText())
                .isEqualTo("OpsWorks Safety Console (development build)");
        String details = robot.lookup("#aboutDetails").queryAs(TextArea.class).getText();
        assertThat(details.lines()).hasSize(8).contains(
                "Version        (development build)",
                "Account source " + account.description(),
                "Settings       " + home.resolve("config").resolve("settings.json"),
                "Audit log      " + home.resolve("data").resolve("audit.jsonl"),
                "Rails links    " + home.resolve("data").resolve("rails-links.json"),
                "Logs           " + home.resolve("logs").resolve("console.log"));
        assertThat(details).contains("Java           " + System.getProperty("java.runtime.version"));
        assertThat(aboutWindow().getTitle()).isEqualTo("About \u2014 OpsWorks Safety Console");
    }

    @Test
    void enterAndEscapeBothClose(FxRobot robot) throws Exception {
        openAbout(robot);
        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertThat(robot.lookup("#aboutDialog").tryQuery()).isEmpty();

        openAbout(robot);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertThat(robot.lookup("#aboutDialog").tryQuery()).isEmpty();
    }

    private void openAbout(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> model.status().textProperty().get().startsWith("ops-tools:"));
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.F1);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutClose").match(NodeQueryUtils.isVisible())
                .tryQuery().isPresent());
    }

    private static Stage aboutWindow() {
        return (Stage) Window.getWindows().stream().filter(w -> ((Stage) w).getTitle().startsWith("About"))
                .findFirst().orElseThrow();
    }
}
