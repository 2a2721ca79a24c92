package safetyconsole.ui.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;

/**
 * Instances per status, one bar per part of a stack (a layer, an Auto Scaling group), one color per status. The
 * chart itself is made by {@link #make()} and gets its bars from {@link #fill()}, each when the screen is ready for it:
 * making, filling and styling it at once (its classes loaded, a node per bar and status, the legend) took a quarter
 * of the FX thread's work when the tab first opened (FrameGapBench). Counts given before wait for it.
 */
public final class StatusChart extends StackPane {

    private final String title;
    private StackedBarChart<String, Number> chart;
    private boolean filled;
    /** Shows the latest counts given, on the chart made. */
    private Runnable showLatest = () -> { };

    public StatusChart(String id, String title) {
        this.title = title;
        setId(id);
        setPrefWidth(360);
        setMinWidth(280);
    }

    /**
     * @param statuses    every status, in the legend's order (each gets a series, even when empty)
     * @param label       a status's words in the legend
     * @param countsByBar per bar, in order, its count per status (a status absent counts 0)
     */
    public <S> void show(List<S> statuses, Function<S, String> label, Map<String, Map<S, Long>> countsByBar) {
        showLatest = () -> showCounts(statuses, label, countsByBar);
        if (filled) {
            showLatest.run();
        }
    }

    /** Makes the chart, without bars, once; later calls do nothing. */
    public void make() {
        if (chart != null) {
            return;
        }
        NumberAxis counts = new NumberAxis();
        // Instances are counted in whole ones: the bounds and ticks are set from the counts shown, not auto-ranged
        // (which ticks a bar of one instance at 0.1, 0.2, ...).
        counts.setAutoRanging(false);
        counts.setMinorTickVisible(false);
        chart = new StackedBarChart<>(new CategoryAxis(), counts);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        getChildren().add(chart);
    }

    /** Gives the chart (made now if it was not) the latest counts, and from now on each new one at once. */
    public void fill() {
        make();
        filled = true;
        showLatest.run();
    }

    private <S> void showCounts(List<S> statuses, Function<S, String> label, Map<String, Map<S, Long>> countsByBar) {
        long tallest = countsByBar.values().stream()
                .mapToLong(counts -> counts.values().stream().mapToLong(Long::longValue).sum()).max().orElse(0);
        long step = WholeTicks.step(tallest);
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        axis.setTickUnit(step);
        axis.setUpperBound(WholeTicks.upperBound(tallest, step));
        Map<String, String> barLabels = BarLabels.of(countsByBar.keySet());
        chart.getData().clear();
        for (S status : statuses) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(label.apply(status));
            countsByBar.forEach((bar, counts) -> series.getData().add(
                    new XYChart.Data<>(barLabels.get(bar), counts.getOrDefault(status, 0L))));
            chart.getData().add(series);
        }
    }
}
