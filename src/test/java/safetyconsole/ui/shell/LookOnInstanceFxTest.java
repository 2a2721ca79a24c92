package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

import safetyconsole.AppContext;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestClocks;

/** The look on one of the demo's production instances, through the real window: armed, confirmed, then shown. */
class LookOnInstanceFxTest extends MainWindowFixture {

    private static final String PROD = "shop-prod-rails-app-3f2a9c";
    private static final String LOGS = "/srv/www/shop/shared/log";

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    protected AppContext app() {
        Path root = dir.resolve("run" + System.nanoTime());
        return AppContext.demo(Optional.empty(), Duration.ZERO, new AppDirectories(root.resolve("config"),
                root.resolve("data"), root.resolve("logs")), TestClocks.fixed());
    }

    @Test
    void aProductionInstanceIsLookedOnOnlyWhenArmedAndItsLogrotateFilesAreShown(FxRobot robot) throws Exception {
        openStack(robot, PROD);
        waitFor(10, TimeUnit.SECONDS, () -> model.stacks().scaling().inventory().isPresent());
        waitForFxEvents();
        assertThat(robot.lookup("#lookOnInstance").queryAs(Button.class).isDisabled()).isTrue();
        String instanceId = model.actions().lookChoices().get(0).instanceId();
        robot.interact(() -> assertThat(model.actions().planLookOnInstance(instanceId, LOGS)).isEmpty());
        assertThat(model.status().textProperty().get()).contains("read-only: arm it first");

        robot.interact(() -> model.banner().arm("Who rotates Shop's log? OPS-4712"));
        robot.clickOn("#lookOnInstance");
        robot.clickOn("#lookDirectory").write(LOGS);
        robot.clickOn("#lookReview");
        waitForFxEvents();

        assertThat(robot.lookup("#planTitle").queryAs(Label.class).getText()).startsWith("Look on instance i-")
                .endsWith(" in " + PROD);
        assertThat(robot.lookup("#planScript").queryAs(TextArea.class).getText())
                .contains("\nLOG_DIR='" + LOGS + "'\n", "logrotate -d /etc/logrotate.conf");
        assertThat(robot.lookup("#confirmButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#confirmInput").write(PROD);
        robot.clickOn("#confirmButton");
        waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#instanceLookFile").tryQuery().isPresent());
        waitForFxEvents();

        assertThat(robot.lookup("#instanceLookMessage").queryAs(Label.class).getText())
                .startsWith("On " + instanceId + " (command ").contains(LOGS + ": ").endsWith(" it.");
        assertThat(robot.lookup("#instanceLookFile").queryAllAs(TextArea.class)).extracting(TextArea::getText)
                .anySatisfy(text -> assertThat(text).startsWith(LOGS + "/*.log {"));
        assertThat(robot.lookup("#instanceLookLogFiles").queryAs(TextArea.class).getText())
                .contains("production.log.20261130");
        // What the look found weighs in the stack's log-rotation verdicts, checked again once it came back.
        waitFor(10, TimeUnit.SECONDS, () -> model.stacks().scaling().logRotation().apps().stream()
                .anyMatch(check -> check.osRotators().stream().anyMatch(rotator -> rotator.words()
                        .startsWith("on instance " + instanceId))));
    }
}
