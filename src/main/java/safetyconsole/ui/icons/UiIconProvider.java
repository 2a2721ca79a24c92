package safetyconsole.ui.icons;

import org.kordamp.ikonli.IkonProvider;

/** Names {@link UiIcon} to Ikonli (registered in META-INF/services). */
public final class UiIconProvider implements IkonProvider<UiIcon> {

    @Override
    public Class<UiIcon> getIkon() {
        return UiIcon.class;
    }
}
