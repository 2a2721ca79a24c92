package safetyconsole.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import javafx.scene.layout.Region;

/**
 * The first rows of a table or tree table, made over a few frames. Such a view makes its rows in the layout that first
 * gives it some to show: a row and a cell per column each, styled and laid out, in code the JVM has not compiled yet.
 * It was the heaviest frame of the Security groups tab's and of the audit window's first opening (FrameGapBench).
 */
public final class FirstRows {

    private FirstRows() {
    }

    /**
     * Steps for {@link AfterLayout}, one a frame: {@code view} held to the first of {@code frames} parts of
     * {@code height} (the rows there made), then to two parts, and so on, then as tall as its place gives it.
     */
    public static List<Runnable> overFrames(Region view, DoubleSupplier height, int frames) {
        List<Runnable> steps = new ArrayList<>();
        for (int part = 1; part < frames; part++) {
            double share = (double) part / frames;
            steps.add(() -> view.setMaxHeight(height.getAsDouble() * share));
        }
        steps.add(() -> view.setMaxHeight(Region.USE_COMPUTED_SIZE));
        return steps;
    }
}
