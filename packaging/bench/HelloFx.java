import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The bare JavaFX app the console's start-up is compared with: one label, exit after its first frame. */
public class HelloFx extends Application {

    private static final long STARTED = System.nanoTime();

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1280, 800);
        stage.setScene(scene);
        stage.setTitle("Hello");
        stage.show();
        Runnable afterPulse = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    System.out.println("hello drawn after " + (System.nanoTime() - STARTED) / 1_000_000
                            + " ms (epoch ms " + System.currentTimeMillis() + ")");
                    Runtime.getRuntime().halt(0);
                });
            }
        };
        scene.addPostLayoutPulseListener(afterPulse);
    }
}
