package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import safetyconsole.inventory.InstanceRow;
import safetyconsole.testing.SeededDemoWindowFixture;
import safetyconsole.ui.stacks.StackContentView;
import safetyconsole.ui.stacks.StackTab;

/** The instance filter from the keyboard: Ctrl+F from any tab, type to narrow the rows, Esc for all of them again. */
class InstanceFilterFxTest extends SeededDemoWindowFixture {

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Test
    void ctrlFFocusesTheFilterTypingNarrowsTheRowsAndEscapeClearsIt(FxRobot robot) throws Exception {
        openStack(robot, "shop-prod");
        @SuppressWarnings("unchecked")
        TableView<InstanceRow> instances = robot.lookup("#instancesTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> !instances.getItems().isEmpty());
        int all = instances.getItems().size();
        robot.interact(() -> robot.lookup("#stackContent").queryAs(StackContentView.class).select(StackTab.LAYERS));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitForFxEvents();
        TextField filter = robot.lookup("#instanceFilter").queryAs(TextField.class);
        assertThat(filter.isFocused()).isTrue();
        assertThat(robot.lookup("#instancesTable").query().isVisible()).isTrue();

        robot.write("rails-app1");
        waitFor(10, TimeUnit.SECONDS, () -> instances.getItems().size() < all);
        assertThat(instances.getItems()).extracting(InstanceRow::hostname).containsExactly("rails-app1");
        assertThat(robot.lookup("#instanceFilterCount").queryAs(Label.class).getText()).isEqualTo("1 of " + all);

        robot.type(KeyCode.ESCAPE);
        waitFor(10, TimeUnit.SECONDS, () -> instances.getItems().size() == all);
        assertThat(filter.getText()).isEmpty();
        assertThat(robot.lookup("#instanceFilterCount").queryAs(Label.class).getText()).isEmpty();
    }
}
