package safetyconsole.ui.icons;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in every size built from icons/app-icon.svg; the window system picks the one it needs. */
public final class AppIcons {

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
     * Gives {@code stage} (which has its scene) every size, decoded off the FX thread once the scene's first frame
     * is laid out: decoding the large sizes takes a core for a while, which the first frame needs more (the dock
     * shows the menu entry's icon until then).
     */
    public static void apply(Stage stage) {
        Scene scene = stage.getScene();
        Runnable afterFirstFrame = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                CompletableFuture.supplyAsync(AppIcons::all)
                        .thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images)));
            }
        };
        scene.addPostLayoutPulseListener(afterFirstFrame);
    }
}
