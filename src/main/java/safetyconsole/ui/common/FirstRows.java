package safetyconsole.ui.common;

import java.util.List;
import java.util.function.DoubleSupplier;

import javafx.scene.layout.Region;

/**
 * The first rows of a table or tree table, made over two frames. Such a view makes its rows in the layout that first
 * gives it some to show: a row and a cell per column each, styled and laid out, in code the JVM has not compiled yet.
 * It was the heaviest frame of the Security groups tab's and of the audit window's first opening (FrameGapBench).
 */
public final class FirstRows {

    private FirstRows() {
    }

    /**
     * Two steps for {@link AfterLayout}: {@code view} no taller than half of {@code height} (the rows of its upper
     * half made), then as tall as its place gives it (the rest).
     */
    public static List<Runnable> overTwoFrames(Region view, DoubleSupplier height) {
        return List.of(() -> view.setMaxHeight(height.getAsDouble() / 2),
                () -> view.setMaxHeight(Region.USE_COMPUTED_SIZE));
    }
}
