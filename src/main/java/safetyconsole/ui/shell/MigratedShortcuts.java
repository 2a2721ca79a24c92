package safetyconsole.ui.shell;

import java.util.Optional;

import safetyconsole.ui.scaling.ScalingTab;
import safetyconsole.ui.stacks.StackTab;

/**
 * What Ctrl+digit does while a migrated stack is shown: the tab that stands in for the OpsWorks one, or, where
 * none does, a sentence saying why, never silence.
 */
final class MigratedShortcuts {

    private MigratedShortcuts() {
    }

    static Optional<ScalingTab> tab(StackTab opsWorksTab) {
        return ScalingTab.forShortcut(opsWorksTab.shortcutKey());
    }

    /** Why the OpsWorks tab's key chooses nothing here; empty for a tab with a counterpart. */
    static Optional<String> whyNoTab(StackTab opsWorksTab) {
        return switch (opsWorksTab) {
            case INSTANCES, LAYERS, SECURITY_GROUPS, LOG_ROTATION -> Optional.empty();
            case APPS -> Optional.of("Apps are a part of OpsWorks stacks: a stack migrated off OpsWorks has none"
                    + " to show.");
        };
    }
}
