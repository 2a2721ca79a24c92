package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

import safetyconsole.testing.MigratedStacks;

/**
 * Changes on a production migrated stack, driven through the window: nothing offered until armed, then the
 * desired capacity asked for and every change confirmed only by the CloudFormation stack's exact name.
 */
@ExtendWith(ApplicationExtension.class)
class MigratedStackConfirmationFxTest {

    @TempDir
    static Path dir;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = MigratedStacksWindow.open(stage, dir.resolve(String.valueOf(System.nanoTime())));
        model.stacks().select(MainModels.entry(model, MigratedStacks.SHOP_PROD_RAILS));
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aDesiredCapacityDecreaseOnProductionIsRefusedUntilArmedThenConfirmedByTheExactName(FxRobot robot) {
        showGroups(robot);
        robot.clickOn(MigratedStacks.SHOP_PROD_GROUP);
        assertThat(button(robot, "#scalingSetDesired").isDisabled()).isTrue();

        robot.interact(() -> model.banner().arm("CHG-4711 scale in after the sale"));
        robot.clickOn("#scalingSetDesired");
        TextField capacity = robot.lookup("#desiredCapacity").queryAs(TextField.class);
        robot.interact(capacity::clear);
        robot.clickOn(capacity).write("9");
        assertThat(robot.lookup("#desiredCapacityProblem").queryAs(Label.class).getText())
                .isEqualTo("The group takes 2 to 6 instances; change its minimum or maximum first.");
        assertThat(button(robot, "#desiredCapacityReview").isDisabled()).isTrue();
        robot.type(KeyCode.BACK_SPACE).write("2");
        robot.clickOn("#desiredCapacityReview");
        waitForFxEvents();

        assertThat(robot.lookup("#planTitle").queryAs(Label.class).getText()).contains(MigratedStacks.SHOP_PROD_GROUP);
        assertThat(robot.lookup("#planConsequences .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("from 4 to 2", "terminates 2 instances"));
        assertTypedNameDecides(robot);
    }

    @Test
    void deletingTheCloudFormationStackNeedsItsExactName(FxRobot robot) {
        showGroups(robot);
        robot.interact(() -> model.banner().arm("CHG-4712 retire the old rails layer"));

        robot.clickOn("#scalingDeleteStack");
        waitForFxEvents();

        assertThat(robot.lookup("#planTitle").queryAs(Label.class).getText())
                .isEqualTo("Delete CloudFormation stack " + MigratedStacks.SHOP_PROD_RAILS);
        TableView<?> targets = robot.lookup("#planTargets").queryAs(TableView.class);
        assertThat(targets.getColumns()).extracting(TableColumn::getText).containsExactly("Target", "Kind", "Id");
        assertThat(targets.getItems()).hasSize(1);
        assertTypedNameDecides(robot);
    }

    @Test
    void theSecurityGroupsTabStartsTheRefreshThatFixesTheMissingGroups(FxRobot robot) {
        robot.clickOn("#scalingContent");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitForFxEvents();
        robot.clickOn("i-0a");
        assertThat(button(robot, "#scalingDriftStartRefresh").isDisabled()).isTrue();

        robot.interact(() -> model.banner().arm("CHG-4713 roll out sg-metrics"));
        robot.clickOn("#scalingDriftStartRefresh");
        waitForFxEvents();

        assertThat(robot.lookup("#planTitle").queryAs(Label.class).getText()).contains(MigratedStacks.SHOP_PROD_GROUP);
        assertTypedNameDecides(robot);
    }

    private void showGroups(FxRobot robot) {
        robot.clickOn("#scalingContent");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitForFxEvents();
    }

    /** The old OpsWorks name, or a sibling stack's, never confirms; only the CloudFormation stack's name does. */
    private static void assertTypedNameDecides(FxRobot robot) {
        assertThat(button(robot, "#confirmButton").isDisabled()).isTrue();
        for (String wrong : new String[] {"shop-prod", "shop-staging-rails-app-7b1e02", "SHOP-PROD-RAILS-APP-3F2A9C"}) {
            typeName(robot, wrong);
            assertThat(button(robot, "#confirmButton").isDisabled()).as(wrong).isTrue();
        }
        typeName(robot, MigratedStacks.SHOP_PROD_RAILS);
        assertThat(button(robot, "#confirmButton").isDisabled()).isFalse();
    }

    private static void typeName(FxRobot robot, String name) {
        TextField input = robot.lookup("#confirmInput").queryAs(TextField.class);
        robot.interact(input::clear);
        robot.clickOn(input);
        robot.write(name);
        waitForFxEvents();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }
}
