package safetyconsole.ui.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
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
import safetyconsole.drift.SyncStatus;
import safetyconsole.guard.GroupFix;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.shell.ConsoleApp;

/** The Security groups tab's fix buttons: what they are offered for, and what each one asks for. */
@ExtendWith(ApplicationExtension.class)
class DriftViewFxTest {

    private final SimpleBooleanProperty changesAllowed = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final List<String> asked = new ArrayList<>();
    private DriftViewModel model;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(view(), 1200, 600));
        ConsoleApp.applyTheme();
        stage.show();
    }

    private DriftView view() {
        model = new DriftViewModel(new InlineTaskRunner());
        model.show(inventoryOf("shop-prod"));
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
        }, changesAllowed, shown);
    }

    private StackInventory inventoryOf(String stack) {
        Stack found = account.describeStacks().stream().filter(s -> s.name().equals(stack)).findFirst()
                .orElseThrow();
        return new InventoryLoader(account, TestClocks.fixed()).load(found);
    }

    @Test
    void aReportThatComesWhileTheTabIsHiddenIsShownWhenItIsShownAgain(FxRobot robot) {
        List<String> before = instanceNames(robot);
        robot.interact(() -> shown.set(false));

        robot.interact(() -> model.show(inventoryOf("shop-dev")));
        assertThat(instanceNames(robot)).as("nothing rebuilt while hidden").isEqualTo(before);

        robot.interact(() -> shown.set(true));
        assertThat(instanceNames(robot)).isNotEqualTo(before)
                .containsExactlyInAnyOrderElementsOf(model.grouped().values().stream().flatMap(List::stream)
                        .map(drift -> drift.instance().hostname()).toList());
    }

    private static List<String> instanceNames(FxRobot robot) {
        return tree(robot).getRoot().getChildren().stream().flatMap(layer -> layer.getChildren().stream())
                .map(item -> item.getValue().drift().instance().hostname()).toList();
    }

    @Test
    void theChartCountsTheInstancesOfEachStatusPerLayer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#driftChart .chart")
                .tryQuery().map(chart -> !((StackedBarChart<?, ?>) chart).getData().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> bars = robot.lookup("#driftChart .chart").queryAs(StackedBarChart.class);

        Map<String, Long> charted = new TreeMap<>();
        // Read on the FX thread, once the fill that began has ended.
        robot.interact(() -> bars.getData().forEach(series -> series.getData().forEach(bar -> charted.merge(
                series.getName() + " in " + bar.getXValue(), bar.getYValue().longValue(), Long::sum))));
        Map<String, Long> counted = new TreeMap<>();
        model.countsByLayer().forEach((layer, counts) -> Arrays.stream(SyncStatus.values()).forEach(status ->
                counted.put(status.label() + " in " + layer.name(), counts.getOrDefault(status, 0L))));
        assertThat(charted).isEqualTo(counted);
        assertThat(charted.values().stream().mapToLong(Long::longValue).sum()).isPositive();
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
