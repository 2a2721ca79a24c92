package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import safetyconsole.ui.shell.ConsoleApp;

/** The security-group screens' parts arrive over frames, so no frame styles and lays out all of them. */
@ExtendWith(ApplicationExtension.class)
class SecurityGroupsLayoutFxTest {

    @Start
    void start(Stage stage) {
        ConsoleApp.applyTheme();
    }

    @Test
    void theChartIsMadeThenTheTreeArrivesInThirdsThenTheChartThenItsBarsEachInAFrame(FxRobot robot) throws Exception {
        List<String> frames = new ArrayList<>();
        StatusChart chart = new StatusChart("chart", "Instances per layer");
        robot.interact(() -> {
            TreeTableView<String> tree = new TreeTableView<>(new TreeItem<>("root"));
            for (int i = 0; i < 100; i++) {
                tree.getRoot().getChildren().add(new TreeItem<>("instance " + i));
            }
            tree.getColumns().add(Tables.treeColumn("Instance", 200, row -> row));
            VBox screen = new VBox();
            SecurityGroupsLayout.lay(screen, new SecurityGroupsLayout.Parts("test", "The rule.",
                    new SimpleStringProperty("Summary"), new SimpleBooleanProperty(), List.of(),
                    new ExportMenu("export", format -> "x", (path, format) -> { }), new SimpleStringProperty(),
                    tree, chart), () -> { });
            chart.show(List.of("in sync", "missing"), status -> status, Map.of("rails-app", Map.of("missing", 3L)));
            Stage stage = new Stage();
            stage.setScene(new Scene(screen, 1000, 600));
            stage.show();
            SplitPane split = robot.from(screen).lookup(".split-pane").queryAs(SplitPane.class);
            // Shown and laid out, but no pulse yet: the screen's first frame has none of its parts.
            frames.add(frame(split, chart));
            stage.getScene().addPostLayoutPulseListener(() -> {
                String now = frame(split, chart);
                if (!now.equals(frames.get(frames.size() - 1))) {
                    frames.add(now);
                }
            });
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.size() == 8);
        assertThat(frames).containsExactly("[] chart not made", "[] chart made",
                "[TreeTableView] 0/3 of the height, chart made", "[TreeTableView] 1/3 of the height, chart made",
                "[TreeTableView] 2/3 of the height, chart made",
                "[TreeTableView] 3/3 of the height, chart made",
                "[TreeTableView, StatusChart] 3/3 of the height, chart made",
                "[TreeTableView, StatusChart] 3/3 of the height, chart filled");
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> bars = robot.from(chart).lookup(".chart").queryAs(StackedBarChart.class);
        assertThat(bars.getData()).extracting(XYChart.Series::getName).containsExactly("in sync", "missing");
        assertThat(bars.getData().get(1).getData()).extracting(bar -> bar.getYValue().longValue())
                .containsExactly(3L);
    }

    /** What one frame shows: the split's items, how tall the tree is against the split, whether the chart exists. */
    private static String frame(SplitPane split, StatusChart chart) {
        if (chart.getChildren().isEmpty()) {
            return describe(split, "chart not made");
        }
        boolean filled = !((StackedBarChart<?, ?>) chart.getChildren().get(0)).getData().isEmpty();
        return describe(split, filled ? "chart filled" : "chart made");
    }

    private static String describe(SplitPane split, String made) {
        String items = split.getItems().stream().map(node -> node.getClass().getSimpleName()).toList().toString();
        if (split.getItems().isEmpty()) {
            return items + " " + made;
        }
        TreeTableView<?> tree = (TreeTableView<?>) split.getItems().get(0);
        String height = Math.round(3 * tree.getHeight() / split.getHeight()) + "/3 of the height";
        return items + " " + height + ", " + made;
    }
}
