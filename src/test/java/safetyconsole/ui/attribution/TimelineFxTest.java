package safetyconsole.ui.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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

/** From the missing-instance alert to the timeline window, in the real windows, on the demo's story. */
class TimelineFxTest extends MainWindowFixture {

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
    void whoDidItOpensTheTimelineNamingAlice(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> model.status().textProperty().get().startsWith("ops-tools:"));
        robot.clickOn("shop-prod");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missingBar").query().isVisible());
        assertThat(robot.lookup("#missingText").queryAs(Label.class).getText())
                .contains("rails-app7 is gone", "Rails App Server had 7, now 6");

        MenuButton who = robot.lookup("#missingWho").queryAs(MenuButton.class);
        robot.interact(() -> who.getItems().get(0).fire());
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timelineTable").tryQuery().isPresent()
                && !robot.lookup("#timelineTable").queryAs(TableView.class).getItems().isEmpty());
        waitForFxEvents();

        TableView<TimelineViewModel.Row> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertThat(table.getItems()).anySatisfy(row -> {
            assertThat(row.what()).isEqualTo("\u21b3 #1 DeleteInstance in stack shop-prod");
            assertThat(row.who()).endsWith("user/alice");
        });
        assertThat(robot.lookup("#timelineMessage").queryAs(Label.class).getText()).contains("90 days");
        TableCell<?, ?> cutShort = robot.lookup("#timelineTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith("from 203.0.113.24, MFA yes"))
                .findFirst().orElseThrow();
        robot.moveTo(cutShort);
        waitForFxEvents();
        assertThat(cutShort.getTooltip()).as("a cut-short cell can be read in its tooltip, made on hover")
                .isNotNull();
        assertThat(cutShort.getTooltip().getText()).isEqualTo(cutShort.getText());
        assertThat(Window.getWindows()).anySatisfy(w -> assertThat(((Stage) w).getTitle())
                .startsWith("Who changed rails-app7"));
    }
}
