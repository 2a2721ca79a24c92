package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
import safetyconsole.logrotate.MigratedLogCheck;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.scaling.ScalingContentView;
import safetyconsole.ui.scaling.ScalingTab;

/** The Log rotation tab of a migrated stack in the real main window, on the demo account's stories. */
class MigratedLogRotationFxTest extends MainWindowFixture {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Override
    protected AppContext app() {
        Path root = dir.resolve("run" + System.nanoTime());
        return AppContext.demo(Optional.empty(), Duration.ZERO, new AppDirectories(root.resolve("config"),
                root.resolve("data"), root.resolve("logs")), TestClocks.fixed());
    }

    @Test
    void shopProdRotatesShopsLogTwiceWithTheEvidenceAndBothFixes(FxRobot robot) throws Exception {
        openTab(robot, "shop-prod-rails-app-3f2a9c");

        TableView<MigratedLogCheck> table = robot.lookup("#migratedLogTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(check -> check.app().name() + " " + check.verdict())
                .containsExactly("Shop DOUBLE", "Admin CLEAN");
        assertThat(robot.lookup("#migratedLogVerdict").queryAs(Label.class).getText()).isEqualTo("Shop rotates"
                + " /srv/www/shop/shared/log/production.log twice: in Ruby and with logrotate outside the app.");
        assertThat(robot.lookup("#migratedLogDetails .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).startsWith("user data of launch template"
                        + " shop-prod-rails-app-LaunchTemplate-3f2a9c version 3"));
        assertThat(robot.lookup("#migratedRecommendedFix").queryAs(TextArea.class).getText()).contains("# with:");
        assertThat(robot.lookup("#migratedOtherFix").queryAs(TextArea.class).getText())
                .contains("/etc/logrotate.d/shop line 1");
    }

    @Test
    void shopStagingRotatesItNowhere(FxRobot robot) throws Exception {
        openTab(robot, "shop-staging-rails-app-7b1e02");

        assertThat(robot.lookup("#migratedLogVerdict").queryAs(Label.class).getText())
                .isEqualTo("Nothing rotates Shop's /srv/www/shop/shared/log/staging.log: the disk fills.");
        assertThat(robot.lookup("#migratedRecommendedFix").queryAs(TextArea.class).getText())
                .contains("cat > /etc/logrotate.d/shop <<'EOF'");
    }

    private void openTab(FxRobot robot, String stack) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> model.status().textProperty().get().startsWith("ops-tools:"));
        robot.interact(() -> model.stacks().select(MainModels.entry(model, stack)));
        waitFor(10, TimeUnit.SECONDS, () -> model.stacks().scaling().inventory().isPresent());
        robot.interact(() -> robot.lookup("#scalingContent").queryAs(ScalingContentView.class)
                .select(ScalingTab.LOG_ROTATION));
        waitFor(10, TimeUnit.SECONDS, () -> !model.stacks().scaling().logRotation().apps().isEmpty());
        waitForFxEvents();
    }
}
