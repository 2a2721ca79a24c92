package safetyconsole.ui.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import safetyconsole.cloud.Layer;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.drift.GroupDrift;
import safetyconsole.guard.GroupFix;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.shell.ConsoleApp;

/** The Security groups tab's fix buttons: what they are offered for, and what each one asks for. */
@ExtendWith(ApplicationExtension.class)
class DriftViewFxTest {

    private final SimpleBooleanProperty changesAllowed = new SimpleBooleanProperty(true);
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(view(), 1200, 600));
        ConsoleApp.applyTheme();
        stage.show();
    }

    private DriftView view() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod")).findFirst()
                .orElseThrow();
        DriftViewModel model = new DriftViewModel(new InlineTaskRunner());
        model.show(new InventoryLoader(account, TestClocks.fixed()).load(prod));
        return new DriftView(model, new DriftView.Actions() {
            @Override
            public void fixGroups(List<GroupDrift> selection, GroupFix fix) {
                asked.add(fix + " " + hostnames(selection));
            }

            @Override
            public void restartInstanceStore(List<GroupDrift> selection) {
                asked.add("RESTART " + hostnames(selection));
            }

            @Override
            public void editLayerGroups(Layer layer) {
                asked.add("EDIT " + layer.name());
            }
        }, changesAllowed);
    }

    @Test
    void theTreeJoinsAFrameAfterTheScreenAndTheChartAFrameAfterTheTree(FxRobot robot) throws Exception {
        List<List<String>> seen = new ArrayList<>();
        robot.interact(() -> {
            DriftView view = view();
            Stage second = new Stage();
            second.setScene(new Scene(view, 1200, 600));
            second.show();
            SplitPane split = robot.from(view).lookup(".split-pane").queryAs(SplitPane.class);
            // Shown and laid out, but no pulse yet: the screen's first frame has neither.
            seen.add(itemTypes(split));
            split.getItems().addListener((ListChangeListener<Node>) change -> seen.add(itemTypes(split)));
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.size() == 3);
        assertThat(seen).containsExactly(List.of(), List.of("TreeTableView"), List.of("TreeTableView", "StatusChart"));
    }

    private static List<String> itemTypes(SplitPane split) {
        return split.getItems().stream().map(node -> node.getClass().getSimpleName()).toList();
    }

    @Test
    void fixesNeedASelectionAndChangesAllowed(FxRobot robot) {
        assertThat(fixButtons(robot)).allSatisfy(button -> assertThat(button.isDisabled()).isTrue());

        selectInstance(robot, "rails-app1");
        assertThat(fixButtons(robot)).allSatisfy(button -> assertThat(button.isDisabled()).isFalse());

        robot.interact(() -> changesAllowed.set(false));
        assertThat(fixButtons(robot)).allSatisfy(button -> assertThat(button.isDisabled()).isTrue());
        assertThat(button(robot, "#driftEditLayer").isDisabled()).isTrue();
    }

    @Test
    void eachFixAsksForItsOwnPlanForTheSelectedInstances(FxRobot robot) {
        selectInstance(robot, "rails-app2");

        robot.clickOn("#driftAddMissing");
        robot.clickOn("#driftMakeExact");
        robot.clickOn("#driftRestart");

        assertThat(asked).containsExactly("ADD_MISSING [rails-app2]", "MAKE_EXACT [rails-app2]",
                "RESTART [rails-app2]");
    }

    @Test
    void aLayerRowStandsForItsInstancesAndOffersTheLayerEdit(FxRobot robot) {
        TreeTableView<DriftViewModel.Row> tree = tree(robot);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));

        robot.clickOn("#driftAddMissing");
        robot.clickOn("#driftEditLayer");

        assertThat(asked).containsExactly(
                "ADD_MISSING [rails-app1, rails-app2, rails-app3, rails-app4, rails-app5]", "EDIT Rails App Server");
    }

    private void selectInstance(FxRobot robot, String hostname) {
        TreeTableView<DriftViewModel.Row> tree = tree(robot);
        TreeItem<DriftViewModel.Row> item = tree.getRoot().getChildren().stream()
                .flatMap(layer -> layer.getChildren().stream())
                .filter(i -> i.getValue().drift().instance().hostname().equals(hostname)).findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(item));
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<DriftViewModel.Row> tree(FxRobot robot) {
        return robot.lookup("#driftTree").queryAs(TreeTableView.class);
    }

    private static List<Button> fixButtons(FxRobot robot) {
        return List.of(button(robot, "#driftAddMissing"), button(robot, "#driftMakeExact"),
                button(robot, "#driftRestart"));
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private static List<String> hostnames(List<GroupDrift> drifts) {
        return drifts.stream().map(d -> d.instance().hostname()).toList();
    }
}
