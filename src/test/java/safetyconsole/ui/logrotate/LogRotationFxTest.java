package safetyconsole.ui.logrotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import safetyconsole.AppContext;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoRailsSamples;
import safetyconsole.logrotate.AppLogCheck;
import safetyconsole.logrotate.RailsSource;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.stacks.StackContentView;
import safetyconsole.ui.stacks.StackTab;

/** The Log rotation tab in the real main window, on the demo account's samples. */
class LogRotationFxTest extends MainWindowFixture {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Override
    protected AppContext app() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        return TestApps.of(account, account, dir.resolve("logs" + System.nanoTime()), TestClocks.fixed())
                .withBuiltInRailsCode((stack, a) -> DemoRailsSamples.forApp(stack.name(), a.shortname())
                        .map(files -> RailsSource.of("demo sample", files)));
    }

    @Test
    void showsTheConflictWithOpsworksFileFindingAndFixes(FxRobot robot) throws Exception {
        openTab(robot, "shop-prod");

        TableView<AppLogCheck> table = robot.lookup("#logRotationTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(c -> c.app().name() + " " + c.status())
                .containsExactly("Shop CONFLICT", "Admin CLEAN");
        assertThat(text(robot, "#logRotationVerdict")).isEqualTo(
                "Shop rotates its logs twice: in Ruby and with OpsWorks' logrotate.");
        assertThat(area(robot, "#opsworksLogrotate")).startsWith("/srv/www/shop/shared/log/*.log  {")
                .contains("rotate 14");
        assertThat(area(robot, "#railsFix")).contains("# with:", "ActiveSupport::Logger.new(\n      Rails.root.join");
        assertThat(area(robot, "#opsworksFix")).contains("deploy/templates/default/logrotate.erb");

        robot.interact(() -> table.getSelectionModel().select(1));
        waitForFxEvents();
        assertThat(text(robot, "#logRotationVerdict")).isEqualTo("Admin: only OpsWorks' logrotate rotates its logs.");
        assertThat(robot.lookup("#railsFix").tryQuery()).isEmpty();
    }

    @Test
    void anAppWithoutLinkedCodeIsNotCheckedAndSaysHowToLinkIt(FxRobot robot) throws Exception {
        openTab(robot, "shop-staging");

        assertThat(text(robot, "#logRotationMessage")).isEqualTo(
                "No double rotation found so far; 1 app not checked (no Rails code linked or readable).");
        assertThat(text(robot, "#logRotationVerdict")).isEqualTo("Shop was not checked.");
        assertThat(robot.lookup("#logRotationDetails .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("No Rails code is linked"));
        assertThat(robot.lookup("#linkCheckoutButton").query().isVisible()).isTrue();
    }

    private void openTab(FxRobot robot, String stack) throws Exception {
        openStack(robot, stack);
        robot.interact(() -> robot.lookup("#stackContent").queryAs(StackContentView.class)
                .select(StackTab.LOG_ROTATION));
        waitFor(10, TimeUnit.SECONDS, () -> !model.stacks().logRotation().checks().isEmpty());
        waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String area(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextArea.class).getText();
    }
}
