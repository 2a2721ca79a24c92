package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowBoundsFxTest {

    @TempDir
    Path dir;
    private Stage stage;

    /** A stage of its own: TestFX's primary stage carries sizes and minimums from other tests. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    private Properties saved(Path file) throws IOException {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            saved.load(in);
        }
        return saved;
    }

    @Test
    void sizeAndPositionComeBack() throws Exception {
        WindowBounds bounds = new WindowBounds(dir.resolve("window.properties"));
        onFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(700);
            stage.setHeight(500);
            bounds.save(stage);
            stage.setWidth(450);
            bounds.restore(stage);
            return null;
        });

        assertThat(stage.getWidth()).isEqualTo(700);
        assertThat(stage.getHeight()).isEqualTo(500);
        assertThat(stage.getX()).isEqualTo(40);
    }

    @Test
    void aWindowClosedMaximisedKeepsTheNormalBoundsItHadBefore() throws Exception {
        Path file = dir.resolve("window.properties");
        WindowBounds bounds = new WindowBounds(file);
        boolean maximised = onFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(700);
            stage.setHeight(500);
            bounds.save(stage);
            stage.setMaximized(true);
            bounds.save(stage);
            return stage.isMaximized();
        });

        Properties saved = saved(file);
        assertThat(maximised).isTrue();
        assertThat(saved.getProperty("maximized")).isEqualTo("true");
        assertThat(saved.getProperty("width")).isEqualTo("700.0");
        assertThat(saved.getProperty("height")).isEqualTo("500.0");
    }
}
