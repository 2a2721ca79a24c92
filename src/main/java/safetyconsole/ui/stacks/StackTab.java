package safetyconsole.ui.stacks;

import java.util.Locale;

import javafx.scene.input.KeyCode;

/** The tabs of a stack's contents, in the order they show; Ctrl+1 to Ctrl+5 choose them. */
public enum StackTab {
    INSTANCES("Instances", KeyCode.DIGIT1),
    LAYERS("Layers", KeyCode.DIGIT2),
    APPS("Apps", KeyCode.DIGIT3),
    SECURITY_GROUPS("Security groups", KeyCode.DIGIT4),
    LOG_ROTATION("Log rotation", KeyCode.DIGIT5);

    private final String title;
    private final KeyCode shortcutKey;

    StackTab(String title, KeyCode shortcutKey) {
        this.title = title;
        this.shortcutKey = shortcutKey;
    }

    public String title() {
        return title;
    }

    /** With Ctrl (Cmd on a Mac) it selects the tab. */
    public KeyCode shortcutKey() {
        return shortcutKey;
    }

    /** The tab's stable id, for tests and the style sheet. */
    String id() {
        return title.toLowerCase(Locale.ROOT).replace(" ", "") + "Tab";
    }
}
