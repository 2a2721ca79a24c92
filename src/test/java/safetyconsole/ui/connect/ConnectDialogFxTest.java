package safetyconsole.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import safetyconsole.cloud.FakeConnector;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.AccountBoundWindows;
import safetyconsole.ui.common.FxTaskRunner;
import safetyconsole.ui.shell.AccountWindow;
import safetyconsole.ui.shell.Accounts;
import safetyconsole.ui.shell.ConsoleApp;
import safetyconsole.ui.shell.OpenAccount;

/** The connect dialog in the real main window, on a fake connector: opened with Ctrl+Shift+K. */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogFxTest {

    @TempDir
    static Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final FakeConnector connector = FakeConnector.succeeding();

    @Start
    void start(Stage stage) {
        ConsoleApp.applyTheme();
        Path files = dir.resolve("run" + System.nanoTime());
        AppDirectories directories = new AppDirectories(files.resolve("config"), files.resolve("data"),
                files.resolve("logs"));
        DemoAccount demo = DemoAccount.seeded(TestClocks.fixed());
        Accounts accounts = new Accounts(() -> connector,
                () -> new OpenAccount(TestApps.of(demo, demo, files, TestClocks.fixed())),
                (connection, regions) -> new OpenAccount(TestApps.of(connection, connection, files,
                        TestClocks.fixed())),
                directories);
        new AccountWindow(stage, runner, accounts).show(accounts.demo());
    }

    @AfterEach
    void closeEverything() throws Exception {
        runner.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theRegionFollowsThePickedProfileAndConnectingSwitchesTheWindow(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connectProfiles").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().size() == 5).orElse(false));
        ComboBox<String> region = robot.lookup("#connectRegion").queryComboBox();
        assertThat(robot.lookup("#connectCurrent").queryAs(Label.class).getText()).startsWith("Now: Demo account");
        assertThat(region.getValue()).isEqualTo("us-west-2");

        robot.clickOn("ops  \u00b7  eu-west-1  \u00b7  SSO");
        assertThat(region.getValue()).isEqualTo("eu-west-1");
        robot.clickOn("prod-admin  \u00b7  us-east-1  \u00b7  MFA");
        assertThat(region.getValue()).isEqualTo("us-east-1");

        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sourceLabel").tryQuery()
                .map(label -> ((Label) label).getText().equals("AWS prod-admin \u00b7 us-east-1")).orElse(false));
        assertThat(robot.lookup("#connectDialog").tryQuery()).isEmpty();
        assertThat(connector.requests).extracting(r -> r.profile().orElseThrow()).containsExactly("prod-admin");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("This account has no OpsWorks stacks in us-east-1.");
    }

    @Test
    void otherRegionsAreCheckedAsTypedAndGoWithTheConnection(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connectProfiles").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().size() == 5).orElse(false));

        robot.clickOn("#connectAlsoRead").write("eu-west");
        assertThat(robot.lookup("#connectAlsoReadProblem").queryAs(Label.class).getText())
                .endsWith("\"eu-west\" is not one.");
        assertThat(robot.lookup("#connectButton").queryButton().isDisabled()).isTrue();

        robot.write("-1").type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connectDialog").tryQuery().isEmpty());
        assertThat(connector.requests).singleElement().satisfies(request ->
                assertThat(request.stackRegions()).containsExactly("us-west-2", "eu-west-1"));
    }

    @Test
    void theWindowGetsTheAppIconInEverySize(FxRobot robot) throws Exception {
        Stage main = (Stage) robot.lookup("#sourceLabel").query().getScene().getWindow();

        waitFor(10, TimeUnit.SECONDS, () -> main.getIcons().size() == 9);
        assertThat(main.getIcons()).extracting(javafx.scene.image.Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0, 512.0, 1024.0);
    }

    @Test
    void windowsOfTheAccountLeftCloseWhenTheWindowSwitches(FxRobot robot) throws Exception {
        Stage main = (Stage) robot.lookup("#sourceLabel").query().getScene().getWindow();
        Stage timeline = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.initOwner(main);
            AccountBoundWindows.mark(stage);
            stage.setScene(new javafx.scene.Scene(new Label("a timeline of the demo account"), 300, 100));
            stage.show();
            return stage;
        }).get(10, TimeUnit.SECONDS);
        robot.interact(main::requestFocus);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#connectProfiles").tryQuery().isPresent());
        robot.clickOn("prod-admin  \u00b7  us-east-1  \u00b7  MFA").type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sourceLabel").tryQuery()
                .map(label -> ((Label) label).getText().startsWith("AWS prod-admin")).orElse(false));
        // The new view is on screen before the FX thread has finished switching (and closing the old windows).
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(timeline.isShowing()).as("the timeline of the demo account").isFalse();
        assertThat(main.isShowing()).isTrue();
    }

    @Test
    void theMfaPromptAsksOnTheFxThreadAndHandsTheCodeToTheConnectingThread(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> code = CompletableFuture.supplyAsync(
                () -> new FxMfaPrompt().code("prod-admin", "arn:aws:iam::111122223333:mfa/alice"));
        // Present is not enough: the robot clicks only once the prompt's window is showing and laid out.
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#mfaCode").match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery().isPresent());

        robot.clickOn("#mfaCode").write("12a3456789");
        robot.type(KeyCode.ENTER);

        assertThat(code.get(10, TimeUnit.SECONDS)).as("digits only, six at most").contains("123456");
    }
}
