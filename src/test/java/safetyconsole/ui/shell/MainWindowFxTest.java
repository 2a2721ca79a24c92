package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.FxTaskRunner;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    @TempDir
    static Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private Stage stage;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = MainWindowFixture.openOn(stage, runner, TestApps.of(account, account, dir, TestClocks.fixed()));
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Test
    void theStackListsMenuIsMadeWhenFirstAskedForAndOffersToDeleteTheStack(FxRobot robot) throws Exception {
        waitUntilLoaded(robot, "ops-tools");
        ListView<?> stacks = robot.lookup("#stackList").queryAs(ListView.class);
        assertThat(stacks.getContextMenu()).isNull();

        Node cell = robot.lookup("shop-dev").query();
        robot.interact(() -> Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                5, 5, 0, 0, true, null)));

        ContextMenu menu = stacks.getContextMenu();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Delete stack\u2026");
        robot.interact(menu::hide);
    }

    @Test
    void noticeBarsNeverShownHoldNothingToStyle(FxRobot robot) throws Exception {
        waitUntilLoaded(robot, "ops-tools");

        // ops-tools has lost no instance and no layer changed: both bars are empty, their buttons not made into skins.
        assertThat(robot.lookup("#missingBar").queryAs(HBox.class).getChildren()).isEmpty();
        assertThat(robot.lookup("#impactBar").queryAs(HBox.class).getChildren()).isEmpty();
        assertThat(robot.lookup("#missingWho").tryQuery()).isEmpty();
    }

    @Test
    void selectingAStackUpdatesBannerTextColorAndWindowTitle(FxRobot robot) throws Exception {
        waitUntilLoaded(robot, "ops-tools");

        robot.clickOn("shop-prod");
        waitUntilLoaded(robot, "shop-prod");

        assertThat(text(robot, "#bannerStackName")).isEqualTo("shop-prod");
        assertThat(text(robot, "#bannerEnvironment")).isEqualTo("PRODUCTION");
        assertThat(text(robot, "#bannerRegion")).contains("us-east-1");
        assertThat(text(robot, "#bannerAccount")).contains("123456789012", "acme-shop");
        assertThat(text(robot, "#bannerCaller")).contains("user/demo-operator");
        assertThat(text(robot, "#bannerMode")).isEqualTo("READ-ONLY");
        assertThat(bannerColor(robot)).isEqualTo(Color.rgb(186, 65, 50));
        assertThat(robot.lookup("#bannerPattern").query().isVisible()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("[PRODUCTION] shop-prod \u2014 OpsWorks Safety Console");

        robot.clickOn("shop-dev");
        waitUntilLoaded(robot, "shop-dev");

        assertThat(text(robot, "#bannerStackName")).isEqualTo("shop-dev");
        assertThat(text(robot, "#bannerEnvironment")).isEqualTo("DEVELOPMENT");
        assertThat(bannerColor(robot)).isEqualTo(Color.rgb(45, 114, 184));
        assertThat(robot.lookup("#bannerPattern").query().isVisible()).isFalse();
        assertThat(stage.getTitle()).startsWith("[DEVELOPMENT] shop-dev");
    }

    @Test
    void keyboardMovesBetweenStacksAndTablesFollow(FxRobot robot) throws Exception {
        waitUntilLoaded(robot, "ops-tools");
        ListView<?> list = robot.lookup("#stackList").queryAs(ListView.class);
        robot.interact(list::requestFocus);

        robot.type(KeyCode.DOWN);
        waitUntilLoaded(robot, "shop-dev");

        TableView<?> instances = robot.lookup("#instancesTable").queryAs(TableView.class);
        assertThat(instances.getItems()).hasSize(2);
        assertThat(stage.getTitle()).startsWith("[DEVELOPMENT] shop-dev");
    }

    @Test
    void f5ReadsTheAccountAgain(FxRobot robot) throws Exception {
        waitUntilLoaded(robot, "ops-tools");
        long before = account.faults().callCount(DemoOperation.DESCRIBE_STACKS);

        robot.type(KeyCode.F5);

        waitFor(5, TimeUnit.SECONDS, () -> account.faults().callCount(DemoOperation.DESCRIBE_STACKS) > before);
        waitUntilLoaded(robot, "ops-tools");
        assertThat(text(robot, "#statusLabel")).startsWith("ops-tools:");
    }

    @Test
    void selectingAnInstanceFillsTheDetailsPane(FxRobot robot) throws Exception {
        waitUntilLoaded(robot, "ops-tools");
        robot.clickOn("shop-prod");
        waitUntilLoaded(robot, "shop-prod");

        robot.clickOn(robot.from(robot.lookup("#instancesTable").queryAs(TableView.class)).lookup("rails-app2")
                .<javafx.scene.Node>query());
        waitForFxEvents();

        assertThat(robot.lookup("#instanceDetails .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("instance-store"));
    }

    private void waitUntilLoaded(FxRobot robot, String stackName) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> MainWindowFixture.shown(model, stackName));
        waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Color bannerColor(FxRobot robot) {
        Region banner = robot.lookup("#banner").queryAs(Region.class);
        return (Color) banner.getBackground().getFills().get(0).getFill();
    }
}
