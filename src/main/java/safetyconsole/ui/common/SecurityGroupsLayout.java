package safetyconsole.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The layout the security-group screens share, of OpsWorks and of migrated stacks alike: the rule in a paragraph,
 * the summary, a bar (problems only, the screen's fixes, export and its outcome), then the tree beside the chart.
 */
public final class SecurityGroupsLayout {

    /** What one screen puts into the layout; ids are {@code idPrefix} + "Rule", "Summary", "ProblemsOnly". */
    public record Parts(String idPrefix, String rule, ObservableStringValue summary, BooleanProperty problemsOnly,
                        List<? extends Region> fixes, ExportMenu export, ObservableStringValue exportMessage,
                        TreeTableView<?> tree, StatusChart chart) {
    }

    private SecurityGroupsLayout() {
    }

    /** Fills {@code screen}; {@code refill} runs when "Problems only" is toggled. */
    public static void lay(VBox screen, Parts parts, Runnable refill) {
        Label rule = new Label(parts.rule());
        rule.setId(parts.idPrefix() + "Rule");
        rule.setWrapText(true);
        rule.getStyleClass().add("hint");
        Label summary = new Label();
        summary.setId(parts.idPrefix() + "Summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(parts.summary());
        // Wrapped text must keep its height; the tree below is what shrinks.
        rule.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        CheckBox problemsOnly = new CheckBox("Problems only");
        problemsOnly.setId(parts.idPrefix() + "ProblemsOnly");
        problemsOnly.selectedProperty().bindBidirectional(parts.problemsOnly());
        problemsOnly.selectedProperty().addListener((obs, old, now) -> refill.run());
        Label exportMessage = new Label();
        exportMessage.textProperty().bind(parts.exportMessage());
        HBox bar = new HBox(6, problemsOnly);
        bar.getChildren().addAll(parts.fixes());
        bar.getChildren().add(parts.export());
        bar.getChildren().forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        bar.getChildren().add(exportMessage);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("action-bar");

        Label placeholder = new Label();
        placeholder.textProperty().bind(parts.summary());
        parts.tree().setPlaceholder(placeholder);
        SplitPane split = new SplitPane();
        split.setOrientation(Orientation.HORIZONTAL);
        VBox.setVgrow(split, Priority.ALWAYS);
        // The screen is shown over eight frames: the bar and the rest with the chart made (not shown), the tree with
        // no height (its skin and column headers made, no row), its top third, its top two thirds, the rest of its
        // rows, the chart, its bars. Styling and laying out all of it in the frame the tab first opens kept the FX
        // thread busy for a quarter of a second (FrameGapBench); the tree's skin and headers with its first rows
        // were still the heaviest of the frames. Each step runs in a frame of its own (AfterLayout.frameByFrame).
        TreeTableView<?> tree = parts.tree();
        List<Runnable> rows = FirstRows.overFrames(tree, split::getHeight, 3);
        List<Runnable> steps = new ArrayList<>();
        steps.add(parts.chart()::make);
        steps.add(() -> {
            tree.setMaxHeight(0);
            split.getItems().add(tree);
        });
        steps.addAll(rows);
        steps.add(() -> {
            split.getItems().add(parts.chart());
            split.setDividerPositions(0.72);
        });
        steps.add(parts.chart()::fill);
        AfterLayout.frameByFrame(split, steps);

        screen.getChildren().addAll(rule, summary, bar, split);
        screen.setSpacing(6);
        screen.setPadding(new Insets(8));
    }
}
