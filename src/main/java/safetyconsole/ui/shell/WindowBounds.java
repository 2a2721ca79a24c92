package safetyconsole.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the main window's size, position and maximised state in {@code window.properties}. A position
 * that is on no screen any more (a monitor was unplugged) is ignored, so the window never opens out of sight;
 * a window closed maximised keeps the normal bounds it had before, so un-maximising it does not leave it
 * screen-sized.
 * Plain properties, read at every start: no JSON library needed that early.
 */
final class WindowBounds {

    private static final Logger LOG = LoggerFactory.getLogger(WindowBounds.class);

    private final Path file;

    WindowBounds(Path file) {
        this.file = file;
    }

    void restore(Stage stage) {
        Properties saved = saved();
        try {
            // The normal bounds first: un-maximising returns to them. None when it was maximised since first start.
            if (saved.getProperty("x") != null) {
                double x = Double.parseDouble(saved.getProperty("x"));
                double y = Double.parseDouble(saved.getProperty("y"));
                double width = Math.max(stage.getMinWidth(), Double.parseDouble(saved.getProperty("width")));
                double height = Math.max(stage.getMinHeight(), Double.parseDouble(saved.getProperty("height")));
                if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
                    stage.setX(x);
                    stage.setY(y);
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }
            stage.setMaximized(Boolean.parseBoolean(saved.getProperty("maximized")));
        } catch (RuntimeException e) {
            LOG.warn("Ignoring unreadable window bounds in {}", file, e);
        }
    }

    /** What was saved last time; empty on the first start and when the file cannot be read. */
    private Properties saved() {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            // First start: the default size.
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable window bounds in {}", file, e);
            saved.clear();
        }
        return saved;
    }

    void save(Stage stage) {
        Properties bounds = new Properties();
        if (stage.isMaximized()) {
            // A maximised window's bounds are the screen's: keep the last normal ones, for when it is restored.
            bounds = saved();
        } else {
            bounds.setProperty("x", Double.toString(stage.getX()));
            bounds.setProperty("y", Double.toString(stage.getY()));
            bounds.setProperty("width", Double.toString(stage.getWidth()));
            bounds.setProperty("height", Double.toString(stage.getHeight()));
        }
        bounds.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                bounds.store(out, "OpsWorks Safety Console main window");
            }
        } catch (IOException e) {
            LOG.warn("Cannot remember the window bounds in {}", file, e);
        }
    }
}
