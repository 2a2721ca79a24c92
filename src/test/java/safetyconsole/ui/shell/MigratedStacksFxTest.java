package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import safetyconsole.testing.MigratedStacks;

/** The main window with migrated stacks: their list entries, and their own content view with its keys. */
@ExtendWith(ApplicationExtension.class)
class MigratedStacksFxTest {

    @TempDir
    static Path dir;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = MigratedStacksWindow.open(stage, dir.resolve(String.valueOf(System.nanoTime())));
    }

    @Test
    void theListSaysWhereAMigratedStackCameFromAndNothingMoreForAnOpsWorksOne(FxRobot robot) {
        assertThat(robot.lookup(".stack-origin").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText)).containsExactly("Auto Scaling group",
                "shop-prod \u203a rails-app \u00b7 migrated from OpsWorks \u00b7 CloudFormation");
        assertThat(robot.lookup(".stack-environment").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("DEVELOPMENT \u00b7 eu-west-1", "PRODUCTION \u00b7 eu-west-1");
    }

    @Test
    void theMigratedStacksViewIsMadeOnlyOnceAMigratedStackIsShown(FxRobot robot) {
        // The window opens on an OpsWorks stack: the other view would only cost styling at start-up.
        assertThat(robot.lookup("#scalingContent").tryQuery()).isEmpty();

        robot.interact(() -> model.stacks().select(MainModels.entry(model, MigratedStacks.NIGHTLY)));

        assertThat(robot.lookup("#scalingContent").query().isVisible()).isTrue();
    }

    @Test
    void aMigratedStackShowsItsOwnTabsAndTheKeysChooseThemByMeaning(FxRobot robot) {
        robot.interact(() -> model.stacks().select(MainModels.entry(model, MigratedStacks.NIGHTLY)));
        assertThat(robot.lookup("#scalingContent").query().isVisible()).isTrue();
        assertThat(robot.lookup("#stackContent").query().isVisible()).isFalse();
        assertThat(tabTitles(robot)).containsExactly("Instances", "Groups", "Security groups", "Log rotation");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("#scalingGroupsTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#scalingGroupSentences .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).startsWith("An instance refresh is in progress (40% complete"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("#scalingDriftSummary").queryAs(Label.class).getText())
                .isEqualTo("1 missing (running without groups new instances get).");
    }

    @Test
    void theKeyOfAppsSaysTheyAreAnOpsWorksPartAndLogRotationsChoosesItsTab(FxRobot robot) {
        robot.interact(() -> model.stacks().select(MainModels.entry(model, MigratedStacks.NIGHTLY)));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("#scalingGroupsTable").queryAs(TableView.class).getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .startsWith("Apps are a part of OpsWorks");
        assertThat(robot.lookup("#scalingContent").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getText()).isEqualTo("Groups");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("#scalingContent").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getText()).isEqualTo("Log rotation");
    }

    @Test
    void anOpsWorksStackShowsTheOpsWorksTabsAgain(FxRobot robot) {
        robot.interact(() -> model.stacks().select(MainModels.entry(model, MigratedStacks.NIGHTLY)));
        assertThat(robot.lookup("#scalingContent").query().isVisible()).isTrue();

        robot.interact(() -> model.stacks().select(MainModels.entry(model, "shop-prod")));

        assertThat(robot.lookup("#stackContent").query().isVisible()).isTrue();
        assertThat(robot.lookup("#scalingContent").query().isVisible()).isFalse();
    }

    private static List<String> tabTitles(FxRobot robot) {
        return robot.lookup("#scalingContent").queryAs(TabPane.class).getTabs().stream()
                .map(tab -> tab.getText()).toList();
    }
}
