package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.Map;

import javafx.scene.control.IndexedCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import safetyconsole.testing.MigratedStacks;

/** A migrated stack's cells name security groups and hold the ids, and any cut-off text, in their tooltips. */
@ExtendWith(ApplicationExtension.class)
class MigratedStackTooltipsFxTest {

    @TempDir
    static Path dir;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = MigratedStacksWindow.open(stage, dir.resolve(String.valueOf(System.nanoTime())),
                stack -> MigratedStacks.withGroupNames(MigratedStacks.load(stack),
                        Map.of("sg-metrics", "shop-prod-metrics-scrape")));
        model.stacks().select(MainModels.entry(model, MigratedStacks.NIGHTLY));
    }

    @Test
    void theInstancesTabNamesTheGroupAnInstanceLacksWithItsIdInTheTooltip(FxRobot robot) {
        IndexedCell<?> lacks = cell(robot, "#scalingInstancesTable .table-cell", "shop-prod-metrics-scrape");

        assertThat(tooltipOnHover(robot, lacks)).isEqualTo("shop-prod-metrics-scrape (sg-metrics)");
    }

    @Test
    void theSecurityGroupsTabNamesTheGroupsWithTheirIdsAndLongNamesInTooltips(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitForFxEvents();

        IndexedCell<?> missing = cell(robot, "#scalingDriftTree .tree-table-cell", "shop-prod-metrics-scrape");
        assertThat(tooltipOnHover(robot, missing)).isEqualTo("shop-prod-metrics-scrape (sg-metrics)");
        IndexedCell<?> group = cell(robot, "#scalingDriftTree .tree-table-cell", MigratedStacks.NIGHTLY);
        assertThat(tooltipOnHover(robot, group)).isEqualTo(MigratedStacks.NIGHTLY);
    }

    private static IndexedCell<?> cell(FxRobot robot, String query, String text) {
        waitForFxEvents();
        return robot.lookup(query).queryAllAs(IndexedCell.class).stream()
                .filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow();
    }

    private static String tooltipOnHover(FxRobot robot, IndexedCell<?> cell) {
        robot.moveTo(cell);
        waitForFxEvents();
        assertThat(cell.getTooltip()).as("made on hover").isNotNull();
        return cell.getTooltip().getText();
    }
}
