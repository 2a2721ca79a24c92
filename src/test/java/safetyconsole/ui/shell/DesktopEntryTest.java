package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The Linux menu entry must name the window's class: JavaFX on GTK sets WM_CLASS to the Application class, and
 * docks match windows to menu entries by it (without it the running app shows as a separate, iconless entry).
 */
class DesktopEntryTest {

    @Test
    void theMenuEntryNamesTheWindowClassJavaFxGives() throws IOException {
        String entry = Files.readString(Path.of("packaging/linux/opsworks-safety-console.desktop"));

        assertThat(entry.lines()).contains("StartupWMClass=" + ConsoleApp.class.getName());
    }
}
