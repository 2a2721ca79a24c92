package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import safetyconsole.ui.scaling.ScalingTab;
import safetyconsole.ui.stacks.StackTab;

class MigratedShortcutsTest {

    @ParameterizedTest
    @EnumSource(StackTab.class)
    void everyOpsWorksTabsKeyChoosesATabOrSaysWhyNot(StackTab tab) {
        assertThat(MigratedShortcuts.tab(tab).isPresent()).as("a tab, or a sentence, never both or neither")
                .isNotEqualTo(MigratedShortcuts.whyNoTab(tab).isPresent());
    }

    @ParameterizedTest
    @EnumSource(value = StackTab.class, names = {"APPS"})
    void appsAreSaidToBeAnOpsWorksPart(StackTab tab) {
        assertThat(MigratedShortcuts.tab(tab)).isEmpty();
        assertThat(MigratedShortcuts.whyNoTab(tab)).hasValueSatisfying(sentence -> assertThat(sentence)
                .startsWith("Apps").contains("OpsWorks").endsWith("."));
    }

    @ParameterizedTest
    @EnumSource(value = StackTab.class, names = {"INSTANCES", "LAYERS", "SECURITY_GROUPS", "LOG_ROTATION"})
    void theOtherKeysKeepTheirMeaning(StackTab tab) {
        assertThat(MigratedShortcuts.tab(tab)).contains(switch (tab) {
            case LAYERS -> ScalingTab.GROUPS;
            case SECURITY_GROUPS -> ScalingTab.SECURITY_GROUPS;
            case LOG_ROTATION -> ScalingTab.LOG_ROTATION;
            default -> ScalingTab.INSTANCES;
        });
    }
}
