package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import safetyconsole.testing.SeededDemoWindowFixture;
import safetyconsole.ui.stacks.StackContentView;
import safetyconsole.ui.stacks.StackTab;

/**
 * Editing a layer's groups in the real windows: after the guarded change, the main window says at once how
 * many running instances will not get it, and "Fix them now…" opens the guarded fix for exactly those.
 */
class LayerEditImpactFxTest extends SeededDemoWindowFixture {

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Test
    void layerEditShowsWhoWillNotGetItAndFixThemNowOpensTheGuardedFix(FxRobot robot) throws Exception {
        openStack(robot, "shop-prod");
        robot.interact(() -> model.banner().arm("Give the workers the metrics group, OPS-77"));
        robot.interact(() -> robot.lookup("#stackContent").queryAs(StackContentView.class).select(StackTab.LAYERS));
        TableView<?> layers = robot.lookup("#layersTable").queryAs(TableView.class);
        robot.interact(() -> layers.getSelectionModel().select(3));
        robot.clickOn("#editLayerGroupsButton");
        waitForFxEvents();

        robot.clickOn(robot.lookup("#group-shop-prod-metrics-scrape").queryAs(CheckBox.class));
        robot.clickOn("#layerGroupsReview");
        waitForFxEvents();
        assertThat(text(robot, "#planTitle")).isEqualTo("Change security groups of layer Sidekiq workers in shop-prod");
        robot.clickOn("#confirmInput").write("shop-prod");
        robot.clickOn("#confirmButton");
        waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#cancelButton").queryAs(Button.class).getText().equals("Close"));
        robot.clickOn("#cancelButton");

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#impactBar").query().isVisible());
        assertThat(text(robot, "#impactText")).isEqualTo("Layer Sidekiq workers changed. New instances only \u2014 "
                + "2 online instances will not get this change; OpsWorks never changes a running instance.");
        assertThat(robot.lookup("#driftView").query().isVisible()).isTrue();

        robot.clickOn("#impactFix");
        waitForFxEvents();

        assertThat(text(robot, "#planTitle")).isEqualTo("Change security groups of 2 instances in shop-prod");
        assertThat(robot.lookup("#impactBar").query().isVisible()).isFalse();
        assertThat(Window.getWindows()).anySatisfy(w -> assertThat(((Stage) w).getTitle()).startsWith("Confirm"));
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }
}
