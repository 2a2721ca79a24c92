package safetyconsole.ui.shell;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import safetyconsole.AppContext;
import safetyconsole.ui.common.FxTaskRunner;

/** The JavaFX application: one main window on the context handed over by the launcher. */
public final class ConsoleApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    private static volatile CompletableFuture<AppContext> handedOver;
    private static volatile boolean smokeTest;
    private static final long STARTED = System.nanoTime();

    private final FxTaskRunner runner = new FxTaskRunner();

    /** Application.launch builds the instance itself; the context travels through this field. */
    public static void launch(CompletableFuture<AppContext> context, boolean smoke) {
        handedOver = Objects.requireNonNull(context);
        smokeTest = smoke;
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = Objects.requireNonNull(handedOver, "Start through Launcher").join();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainViewModel model = new MainViewModel(context, runner);
        installFallbackHandler(model);
        // Read the account while the window is being built; the results land on the FX thread after it.
        model.refresh();
        WindowBounds bounds = new WindowBounds(context.directories().data().resolve("window.properties"));
        openMainWindow(stage, model);
        bounds.restore(stage);
        stage.setOnCloseRequest(event -> bounds.save(stage));
        AppIcons.apply(stage);
        if (smokeTest) {
            SmokeTest.watch(model, stage.getScene(), STARTED);
        }
    }

    /** Puts the main view on {@code stage}, its title bound to the selected stack, and shows it. */
    public static MainView openMainWindow(Stage stage, MainViewModel model) {
        MainView view = new MainView(model);
        stage.setScene(scene(view));
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        view.focusStackList();
        return view;
    }

    @Override
    public void stop() {
        runner.close();
    }

    /** The scene every window of the console uses: size and stylesheet. */
    public static Scene scene(javafx.scene.Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                ConsoleApp.class.getResource("/safetyconsole/ui/console.css")).toExternalForm());
        return scene;
    }

    private static void installFallbackHandler(MainViewModel model) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught exception on {}", thread.getName(), error);
            if (smokeTest) {
                SmokeTest.failed(error);
            }
            if (Platform.isFxApplicationThread()) {
                model.showUnexpected(error);
            } else {
                Platform.runLater(() -> model.showUnexpected(error));
            }
        });
    }
}
