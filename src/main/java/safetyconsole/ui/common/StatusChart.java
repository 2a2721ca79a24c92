package safetyconsole.ui.common;

import java.util.List;
import java.util.Map;

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
     * @param statuses    every status's label, in the legend's order (each gets a series, even when empty)
     * @param countsByBar per bar, in order, its count per status label (a label absent counts 0)
     */
    public void show(List<String> statuses, Map<String, Map<String, Long>> countsByBar) {
        getData().clear();
        for (String status : statuses) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(status);
            countsByBar.forEach((bar, counts) -> series.getData().add(
                    new XYChart.Data<>(bar, counts.getOrDefault(status, 0L))));
            getData().add(series);
        }
    }
}
