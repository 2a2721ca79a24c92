package safetyconsole.ui.scaling;

import java.util.Arrays;
import java.util.Optional;

import javafx.scene.input.KeyCode;

/**
 * The tabs of a migrated stack's contents, in the order they show. Their Ctrl+digit is the one of the OpsWorks tab
 * they stand in for (instances 1, groups where layers were 2, security groups 4, log rotation 5), so a learned key
 * keeps its meaning; apps (3) do not apply to these stacks, and its key says so.
 */
public enum ScalingTab {
    INSTANCES("Instances", KeyCode.DIGIT1),
    GROUPS("Groups", KeyCode.DIGIT2),
    SECURITY_GROUPS("Security groups", KeyCode.DIGIT4),
    LOG_ROTATION("Log rotation", KeyCode.DIGIT5);

    private final String title;
    private final KeyCode shortcutKey;

    ScalingTab(String title, KeyCode shortcutKey) {
        this.title = title;
        this.shortcutKey = shortcutKey;
    }

    public String title() {
        return title;
    }

    /** The tab Ctrl+{@code key} chooses, if any. */
    public static Optional<ScalingTab> forShortcut(KeyCode key) {
        return Arrays.stream(values()).filter(tab -> tab.shortcutKey == key).findFirst();
    }

    /** The tab's stable id, for tests and the style sheet. */
    String id() {
        return "scaling" + title.replace(" ", "") + "Tab";
    }
}
