package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

import safetyconsole.context.Mode;
import safetyconsole.testing.SeededDemoWindowFixture;

/** The arm dialog over the real main window on the demo's production stack, opened with Ctrl+Shift+A. */
class ArmDialogFxTest extends SeededDemoWindowFixture {

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Test
    void aShortReasonIsRefusedAndEnterDoesNotArm(FxRobot robot) throws Exception {
        Stage dialog = openArmDialog(robot);

        robot.write("OPS-77");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();

        assertThat(robot.from(dialog.getScene().getRoot()).lookup("#armReason").queryAs(TextArea.class).getText())
                .isEqualTo("OPS-77");
        assertThat(armButton(robot, dialog).isDisabled()).isTrue();
        assertThat(robot.from(dialog.getScene().getRoot()).lookup("#armProblem").queryAs(Label.class).getText())
                .isEqualTo("Say why you are arming, in at least 10 characters (it goes into the audit log).");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(mainWindowMode(robot)).isEqualTo(Mode.READ_ONLY.label());
    }

    @Test
    void aReasonLongEnoughArmsTheStack(FxRobot robot) throws Exception {
        Stage dialog = openArmDialog(robot);
        assertThat(dialog.getTitle()).isEqualTo("Arm \u2014 [PRODUCTION] shop-prod");

        robot.write("OPS-77 rotate the logs");
        robot.clickOn(armButton(robot, dialog));

        waitFor(10, TimeUnit.SECONDS, () -> mainWindowMode(robot).startsWith(Mode.ARMED.label()));
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void escapeCancelsWithoutArming(FxRobot robot) throws Exception {
        Stage dialog = openArmDialog(robot);
        robot.write("OPS-77 rotate the logs");

        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(mainWindowMode(robot)).isEqualTo(Mode.READ_ONLY.label());
    }

    /** Opens the dialog on shop-prod, focus in the reason; the robot then types into the dialog. */
    private Stage openArmDialog(FxRobot robot) throws Exception {
        openStack(robot, "shop-prod");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#armReason").match(NodeQueryUtils.isVisible())
                .tryQuery().map(reason -> reason.isFocused()).orElse(false));
        Optional<Window> dialog = Window.getWindows().stream()
                .filter(w -> ((Stage) w).getTitle().startsWith("Arm")).findFirst();
        robot.targetWindow(dialog.orElseThrow());
        return (Stage) dialog.orElseThrow();
    }

    private static Button armButton(FxRobot robot, Stage dialog) {
        return robot.from(dialog.getScene().getRoot()).lookup("#armConfirmButton").queryAs(Button.class);
    }

    private String mainWindowMode(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#bannerMode").queryAs(Label.class).getText();
    }
}
