package safetyconsole.ui.icons;

import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/** The icon font, loaded before the first icon is made. */
public final class UiIconFont {

    private UiIconFont() {
    }

    /**
     * Has Ikonli find its icon handlers and load their fonts: it scans every jar of the class path for them when the
     * first icon is made, tens of milliseconds in the middle of building the window otherwise. Any thread, once the
     * JavaFX toolkit runs; Ikonli does it once, whoever asks first.
     */
    public static void load() {
        IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()).resolve(UiIcon.REFRESH.getDescription());
    }
}
