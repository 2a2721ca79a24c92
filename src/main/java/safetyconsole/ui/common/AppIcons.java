package safetyconsole.ui.common;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/** The app icon in every size built from icons/app-icon.svg; the window system picks the one it needs. */
public final class AppIcons {

    private static final Logger LOG = LoggerFactory.getLogger(AppIcons.class);
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};

    private AppIcons() {
    }

    public static List<Image> all() {
        return Arrays.stream(SIZES).mapToObj(AppIcons::sized).flatMap(Optional::stream).toList();
    }

    public static Optional<Image> sized(int size) {
        InputStream in = AppIcons.class.getResourceAsStream("/safetyconsole/icons/app-icon-" + size + ".png");
        return in == null ? Optional.empty() : Optional.of(new Image(in));
    }

    /**
     * Gives {@code stage} (which has its scene) every size, decoded on {@code runner} once the scene's first frame
     * is laid out: decoding the large sizes takes a core for a while, which the first frame needs more (the dock
     * shows the menu entry's icon until then).
     */
    public static void apply(Stage stage, TaskRunner runner) {
        AfterLayout.once(stage.getScene(), () -> runner.run("Decode the app icons", AppIcons::all,
                images -> stage.getIcons().setAll(images),
                error -> LOG.warn("The app icons could not be decoded", error)));
    }

    /** A dialog shows its owner's icons (decoded once, for the window), also those that arrive later. */
    public static void sameAs(Window owner, Stage dialog) {
        if (owner instanceof Stage ownerStage) {
            Bindings.bindContent(dialog.getIcons(), ownerStage.getIcons());
        }
    }
}
