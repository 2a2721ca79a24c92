package safetyconsole.ui.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/** Instances per status, one bar per part of a stack (a layer, an Auto Scaling group), one color per status. */
public final class StatusChart extends StackedBarChart<String, Number> {

    public StatusChart(String id, String title) {
        super(new CategoryAxis(), new NumberAxis());
        setId(id);
        setTitle(title);
        setAnimated(false);
        setLegendVisible(true);
        setPrefWidth(360);
        setMinWidth(280);
    }

    /**
     * @param statuses    every status, in the legend's order (each gets a series, even when empty)
     * @param label       a status's words in the legend
     * @param countsByBar per bar, in order, its count per status (a status absent counts 0)
     */
    public <S> void show(List<S> statuses, Function<S, String> label, Map<String, Map<S, Long>> countsByBar) {
        getData().clear();
        for (S status : statuses) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(label.apply(status));
            countsByBar.forEach((bar, counts) -> series.getData().add(
                    new XYChart.Data<>(bar, counts.getOrDefault(status, 0L))));
            getData().add(series);
        }
    }
}
