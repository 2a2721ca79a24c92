package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import safetyconsole.ui.shell.ConsoleApp;

@ExtendWith(ApplicationExtension.class)
class StatusChartFxTest {

    private StatusChart chart;

    @Start
    void start(Stage stage) {
        ConsoleApp.applyTheme();
        chart = new StatusChart("chart", "Instances per layer");
        stage.setScene(new Scene(new StackPane(chart), 400, 400));
        stage.show();
    }

    @Test
    void aBarOfOneInstanceIsTickedInWholeInstances(FxRobot robot) throws Exception {
        robot.interact(() -> {
            chart.show(List.of("in sync", "pending"), Function.identity(), Map.of("Jenkins", Map.of("in sync", 1L)));
            chart.fill();
        });

        List<Double> ticks = waitForTicks(robot);
        assertThat(ticks).allSatisfy(tick -> assertThat(tick).isEqualTo(Math.rint(tick)));
        assertThat(Collections.max(ticks)).isEqualTo(1.0);
    }

    @Test
    void aTallBarIsTickedAtMostAboutTenTimes(FxRobot robot) throws Exception {
        robot.interact(() -> {
            chart.show(List.of("in sync", "pending"), Function.identity(),
                    Map.of("rails-app", Map.of("in sync", 1_500L, "pending", 500L)));
            chart.fill();
        });

        List<Double> ticks = waitForTicks(robot);
        assertThat(ticks).hasSizeLessThanOrEqualTo(11).contains(0.0, 2_000.0);
    }

    @Test
    void aBarOfALongNameIsLabelledShortenedToFitUnderIt(FxRobot robot) throws Exception {
        String group = "shop-prod-rails-app-3f2a9c-ApplicationAsg-5ZMJ3FVJK997";
        robot.interact(() -> {
            chart.show(List.of("in sync"), Function.identity(), Map.of(group, Map.of("in sync", 4L)));
            chart.fill();
        });

        waitForTicks(robot);
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> bars = robot.from(chart).lookup(".chart").queryAs(StackedBarChart.class);
        String label = WaitForAsyncUtils.asyncFx(() -> bars.getData().get(0).getData().get(0).getXValue()).get();
        assertThat(label).hasSize(BarLabels.MOST_CHARACTERS).startsWith("shop-prod-rai").endsWith("5ZMJ3FVJK997");
    }

    private List<Double> waitForTicks(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> bars = robot.from(chart).lookup(".chart").queryAs(StackedBarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !bars.getData().isEmpty() && !bars.getYAxis().getTickMarks().isEmpty()).get());
        return WaitForAsyncUtils.asyncFx(() -> bars.getYAxis().getTickMarks().stream()
                .map(tick -> tick.getValue().doubleValue()).toList()).get();
    }
}
