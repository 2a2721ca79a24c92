package safetyconsole.ui.icons;

import org.kordamp.ikonli.Ikon;

/**
 * The console's icons: glyphs of Material Design Icons (Pictogrammers) at their code points there, drawn from
 * {@code ui-icons.ttf}, a subset of that font holding only these (icons/build-ui-icon-font.sh makes it from this
 * list). The whole font is 1.3 MB with some 7,000 glyphs, which JavaFX copied to the temporary folder and parsed
 * before the first icon could be drawn, at every start (decision 0017).
 */
public enum UiIcon implements Ikon {
    ALERT("sci-alert", 0xF0026),
    ALERT_CIRCLE_OUTLINE("sci-alert-circle-outline", 0xF05D6),
    ALERT_OCTAGON("sci-alert-octagon", 0xF0029),
    ALERT_OUTLINE("sci-alert-outline", 0xF002A),
    ARROW_RIGHT_BOLD("sci-arrow-right-bold", 0xF0734),
    CLIPBOARD_TEXT_CLOCK_OUTLINE("sci-clipboard-text-clock-outline", 0xF18FA),
    DELETE_OUTLINE("sci-delete-outline", 0xF09E7),
    EXPORT("sci-export", 0xF0207),
    FILE_DOCUMENT_OUTLINE("sci-file-document-outline", 0xF09EE),
    FOLDER_OPEN_OUTLINE("sci-folder-open-outline", 0xF0DCF),
    HISTORY("sci-history", 0xF02DA),
    INFORMATION_OUTLINE("sci-information-outline", 0xF02FD),
    LINK_OFF("sci-link-off", 0xF0338),
    LOCK("sci-lock", 0xF033E),
    LOCK_OPEN_VARIANT("sci-lock-open-variant", 0xF0FC6),
    PENCIL_OUTLINE("sci-pencil-outline", 0xF0CB6),
    PLAY("sci-play", 0xF040A),
    PLUS_CIRCLE_OUTLINE("sci-plus-circle-outline", 0xF0419),
    REFRESH("sci-refresh", 0xF0450),
    RESTART("sci-restart", 0xF0709),
    RESTART_ALERT("sci-restart-alert", 0xF110C),
    SHIELD_CHECK_OUTLINE("sci-shield-check-outline", 0xF0CC8),
    STOP("sci-stop", 0xF04DB),
    SWAP_HORIZONTAL("sci-swap-horizontal", 0xF04E1),
    SYNC("sci-sync", 0xF04E6);

    private final String description;
    private final int code;

    UiIcon(String description, int code) {
        this.description = description;
        this.code = code;
    }

    public static UiIcon findByDescription(String description) {
        for (UiIcon icon : values()) {
            if (icon.description.equals(description)) {
                return icon;
            }
        }
        throw new IllegalArgumentException("No icon named " + description);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public int getCode() {
        return code;
    }
}
