package safetyconsole.ui.icons;

import java.io.InputStream;
import java.net.URL;

import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;

/** Tells Ikonli where the {@link UiIcon} glyphs are (registered in META-INF/services). */
public final class UiIconHandler extends AbstractIkonHandler {

    static final String FONT = "/safetyconsole/ui/icons/ui-icons.ttf";
    static final String FONT_FAMILY = "Safety Console Icons";

    @Override
    public boolean supports(String description) {
        return description != null && description.startsWith("sci-");
    }

    @Override
    public Ikon resolve(String description) {
        return UiIcon.findByDescription(description);
    }

    @Override
    public URL getFontResource() {
        return UiIconHandler.class.getResource(FONT);
    }

    @Override
    public InputStream getFontResourceAsStream() {
        return UiIconHandler.class.getResourceAsStream(FONT);
    }

    @Override
    public String getFontFamily() {
        return FONT_FAMILY;
    }
}
