package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import safetyconsole.ui.shell.ConsoleApp;

@ExtendWith(ApplicationExtension.class)
class FirstRowsFxTest {

    /** Made in {@link #start}: a control needs the toolkit, which may not run yet when the test is made. */
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        ConsoleApp.applyTheme();
        table = new TableView<>();
        table.getColumns().add(Tables.column("Entry", 200, row -> row));
        stage.setScene(new Scene(new BorderPane(table), 600, 600));
        stage.show();
    }

    @Test
    void rowsArrivingFillTheUpperHalfInOneFrameAndTheRestInTheNext(FxRobot robot) throws Exception {
        List<String> frames = new ArrayList<>();
        robot.interact(() -> {
            double place = table.getHeight();
            table.getScene().addPostLayoutPulseListener(() -> {
                String now = (table.getHeight() <= place / 2 + 1 ? "upper half, " : "whole height, ")
                        + (table.lookupAll(".table-row-cell").stream().filter(Node::isVisible).count()
                        > 0 ? "rows" : "no rows");
                if (frames.isEmpty() || !now.equals(frames.get(frames.size() - 1))) {
                    frames.add(now);
                }
            });
            table.getItems().setAll(IntStream.range(0, 500).mapToObj(i -> "entry " + i).toList());
            AfterLayout.fromNowFrameByFrame(table, FirstRows.overFrames(table, table::getHeight, 2));
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.size() == 2);
        assertThat(frames).containsExactly("upper half, rows", "whole height, rows");
        assertThat(table.getMaxHeight()).isEqualTo(Region.USE_COMPUTED_SIZE);
    }
}
