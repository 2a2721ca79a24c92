package safetyconsole.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's layout from the FXML file named after the view, next to it in the resources
 * ({@code ArmDialog} → {@code ArmDialog.fxml}), with the view itself as the controller. The file names the view's
 * class in {@code fx:controller}, so Scene Builder knows its fields and handlers; the factory hands over the view
 * object instead of making a new one.
 */
public final class Fxml {

    private Fxml() {
    }

    /** Called by the view while it is built (the first time it opens, so start-up never pays for it). */
    public static <T extends Parent> T load(Object view) {
        Class<?> type = view.getClass();
        URL layout = type.getResource(type.getSimpleName() + ".fxml");
        if (layout == null) {
            throw new IllegalStateException("No layout " + type.getSimpleName() + ".fxml next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(layout);
        loader.setControllerFactory(requested -> {
            if (requested != type) {
                throw new IllegalStateException(layout + " names the controller " + requested.getName()
                        + ", but it is the layout of " + type.getName());
            }
            return view;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + layout, e);
        }
    }
}
