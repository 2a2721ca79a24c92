package safetyconsole.ui.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import safetyconsole.AppContext;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.shell.StackEntry;

/** The demo's bob story in the real windows: the group's line in the bar, then the timeline naming bob. */
class TimelineOfAScaleInFxTest extends MainWindowFixture {

    private static final String PROD_RAILS = "shop-prod-rails-app-3f2a9c";

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        openMainWindow(stage);
    }

    @Override
    protected AppContext app() {
        Path home = dir.resolve(String.valueOf(System.nanoTime()));
        return AppContext.demo(Optional.empty(), Duration.ZERO,
                new AppDirectories(home.resolve("c"), home.resolve("d"), home.resolve("l")), TestClocks.fixed());
    }

    @Test
    void theTimelineOfBobsScaleInNamesBobAndTheGroupHeMeant(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> model.status().textProperty().get().startsWith("ops-tools:"));
        ListView<StackEntry> stacks = robot.lookup("#stackList").queryListView();
        robot.interact(() -> stacks.getSelectionModel().select(stacks.getItems().stream()
                .filter(entry -> entry.name().equals(PROD_RAILS)).findFirst().orElseThrow()));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missingBar").query().isVisible());
        assertThat(robot.lookup("#missingText").queryAs(Label.class).getText())
                .startsWith(PROD_RAILS + ": rails-app group of shop-prod had 4, now ")
                .contains("lost, named: bob through Auto Scaling");

        MenuButton who = robot.lookup("#missingWho").queryAs(MenuButton.class);
        assertThat(who.getItems()).hasSize(2).allSatisfy(item -> assertThat(item.getText())
                .endsWith("(rails-app group of shop-prod, lost)"));
        robot.clickOn(who).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timelineTable").tryQuery().isPresent()
                && !robot.lookup("#timelineTable").queryAs(TableView.class).getItems().isEmpty());
        waitForFxEvents();

        TableView<TimelineViewModel.Row> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertThat(table.getItems()).anySatisfy(row -> {
            assertThat(row.what()).contains("SetDesiredCapacity on shop-prod-rails-app-3f2a9c-ApplicationAsg");
            assertThat(row.who()).endsWith("user/bob");
        });
        assertThat(table.getItems()).anySatisfy(row -> assertThat(row.what())
                .contains("shop-staging-rails-app-7b1e02", "the group bob meant?"));
        assertThat(Window.getWindows()).anySatisfy(w -> assertThat(((Stage) w).getTitle())
                .startsWith("Who changed i-"));

        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertThat(robot.lookup("#timelineTable").tryQuery()).as("Escape closes the timeline").isEmpty();
    }
}
