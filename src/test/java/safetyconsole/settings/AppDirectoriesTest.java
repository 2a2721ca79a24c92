package safetyconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static final Path HOME = Path.of("/home/op");

    @Test
    void linuxUsesXdgDefaults() {
        AppDirectories dirs = AppDirectories.of("Linux", Map.of(), HOME);

        assertThat(dirs.settingsFile()).isEqualTo(Path.of("/home/op/.config/opsworks-safety-console/settings.json"));
        assertThat(dirs.data()).isEqualTo(Path.of("/home/op/.local/share/opsworks-safety-console"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/op/.local/state/opsworks-safety-console"));
    }

    @Test
    void dataFilesLiveInTheDataFolderAndTheLogInTheLogFolder() {
        AppDirectories dirs = AppDirectories.of("Linux", Map.of(), HOME);
        Path data = Path.of("/home/op/.local/share/opsworks-safety-console");

        assertThat(dirs.auditLogFile()).isEqualTo(data.resolve("audit.jsonl"));
        assertThat(dirs.railsLinksFile()).isEqualTo(data.resolve("rails-links.json"));
        assertThat(dirs.inventoryHistoryFile()).isEqualTo(data.resolve("inventory-history.json"));
        assertThat(dirs.lastConnectionFile()).isEqualTo(data.resolve("connection.json"));
        assertThat(dirs.windowBoundsFile()).isEqualTo(data.resolve("window.properties"));
        assertThat(dirs.logFile()).isEqualTo(Path.of("/home/op/.local/state/opsworks-safety-console/console.log"));
    }

    @Test
    void theAuditAnchorLivesOutsideTheAuditLogsFolder() {
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 11"}) {
            AppDirectories dirs = AppDirectories.of(os, Map.of(), HOME);

            assertThat(dirs.auditAnchorFile().getParent()).as(os).isNotEqualTo(dirs.auditLogFile().getParent());
        }
        assertThat(AppDirectories.of("Linux", Map.of(), HOME).auditAnchorFile())
                .isEqualTo(Path.of("/home/op/.local/state/opsworks-safety-console/audit-anchor.txt"));
    }

    @Test
    void linuxHonoursAbsoluteXdgVariablesAndIgnoresRelativeOnes() {
        AppDirectories dirs = AppDirectories.of("Linux",
                Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative/data"), HOME);

        assertThat(dirs.config()).isEqualTo(Path.of("/cfg/opsworks-safety-console"));
        assertThat(dirs.data()).isEqualTo(Path.of("/home/op/.local/share/opsworks-safety-console"));
    }

    @Test
    void macUsesLibraryFolders() {
        AppDirectories dirs = AppDirectories.of("Mac OS X", Map.of(), HOME);

        assertThat(dirs.config()).isEqualTo(Path.of("/home/op/Library/Application Support/OpsWorks Safety Console"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/op/Library/Logs/OpsWorks Safety Console"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.of("Windows 11",
                Map.of("APPDATA", "/c/Users/op/AppData/Roaming", "LOCALAPPDATA", "/c/Users/op/AppData/Local"), HOME);

        assertThat(dirs.config()).isEqualTo(Path.of("/c/Users/op/AppData/Roaming/OpsWorks Safety Console"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/c/Users/op/AppData/Local/OpsWorks Safety Console/logs"));
    }
}
