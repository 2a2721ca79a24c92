package safetyconsole.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size, position and maximised state in {@code window.json}. A position that
 * is on no screen any more (a monitor was unplugged) is ignored, so the window never opens out of sight.
 */
final class WindowBounds {

    private static final Logger LOG = LoggerFactory.getLogger(WindowBounds.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    WindowBounds(Path file) {
        this.file = file;
    }

    void restore(Stage stage) {
        try {
            JsonNode saved = JSON.readTree(Files.readString(file));
            double x = saved.path("x").asDouble();
            double y = saved.path("y").asDouble();
            double width = Math.max(stage.getMinWidth(), saved.path("width").asDouble());
            double height = Math.max(stage.getMinHeight(), saved.path("height").asDouble());
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(width);
                stage.setHeight(height);
            }
            stage.setMaximized(saved.path("maximized").asBoolean());
        } catch (NoSuchFileException e) {
            // First start: the default size.
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable window bounds in {}", file, e);
        }
    }

    void save(Stage stage) {
        ObjectNode node = JSON.createObjectNode();
        node.put("x", stage.getX());
        node.put("y", stage.getY());
        node.put("width", stage.getWidth());
        node.put("height", stage.getHeight());
        node.put("maximized", stage.isMaximized());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(node));
        } catch (IOException e) {
            LOG.warn("Cannot remember the window bounds in {}", file, e);
        }
    }
}
