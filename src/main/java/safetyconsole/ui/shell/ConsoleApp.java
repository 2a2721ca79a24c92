package safetyconsole.ui.shell;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.ui.common.FxTaskRunner;
import safetyconsole.ui.icons.UiIconFont;

/**
 * The JavaFX application: one main window, on the account handed over by the launcher or on an AWS account it
 * connects to first; the window can switch accounts later.
 */
public final class ConsoleApp extends Application {

    private static volatile CompletableFuture<OpenAccount> handedOver;
    private static volatile AccountConnector.Request connectFirst;
    private static volatile Accounts accounts;
    private static volatile boolean smokeTest;
    /** The machine's clock, for the smoke test's epoch ms: not the app clock, which can be shifted. */
    private static volatile Clock wallClock;
    private static final long STARTED = System.nanoTime();

    private final FxTaskRunner runner = new FxTaskRunner();
    /** Set on the FX thread in {@link #start}; the first view's connect action reads it only once shown. */
    private volatile AccountWindow window;
    /** The first account's view, made in {@link #init}, shown in {@link #start}. */
    private volatile AccountWindow.Opening first;

    /** Application.launch builds the instance itself; the account travels through these fields. */
    public static void launch(CompletableFuture<OpenAccount> account, Accounts switchable, boolean smoke,
                              Clock wall) {
        handedOver = Objects.requireNonNull(account);
        accounts = Objects.requireNonNull(switchable);
        smokeTest = smoke;
        wallClock = Objects.requireNonNull(wall);
        Application.launch(ConsoleApp.class);
    }

    /** Opens the window by connecting to {@code request}: failures are shown in the connect dialog. */
    public static void launchConnecting(AccountConnector.Request request, Accounts switchable) {
        connectFirst = Objects.requireNonNull(request);
        accounts = Objects.requireNonNull(switchable);
        Application.launch(ConsoleApp.class);
    }

    /**
     * On the launcher thread, once the toolkit runs and before {@link #start}: the FX thread loads the theme while
     * this one loads the icon font and makes the first account's view model and view, which takes as long.
     */
    @Override
    public void init() {
        Platform.runLater(ConsoleApp::applyTheme);
        UiIconFont.load();
        if (connectFirst == null) {
            first = AccountWindow.open(handedOver.join(), runner, () -> window.openConnectDialog());
        }
    }

    @Override
    public void start(Stage stage) {
        window = new AccountWindow(stage, runner, Objects.requireNonNull(accounts, "Start through Launcher"));
        installFallbackHandler(window);
        if (connectFirst != null) {
            window.connectFirst(connectFirst);
            return;
        }
        MainViewModel model = window.show(first);
        first = null;
        if (smokeTest) {
            SmokeTest.watch(model, stage.getScene(), STARTED, wallClock);
        }
    }

    /** Shows {@code stage} for the first time, with {@code root} in the console's scene, where it was last time. */
    static void showFirst(Stage stage, Parent root, WindowBounds bounds) {
        stage.setScene(scene(root));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // Before it appears, so it does not show at the default place first and then jump.
        bounds.restore(stage);
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        runner.close();
    }

    /** AtlantaFX's Primer Light under every window and dialog (the tests' windows too, so they look as the app's). */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** The scene every window of the console uses: size and stylesheet. */
    public static Scene scene(Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                ConsoleApp.class.getResource("/safetyconsole/ui/console.css")).toExternalForm());
        return scene;
    }

    /** The sentence goes to the status line of the account shown at the time (none before the first). */
    private static void installFallbackHandler(AccountWindow window) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            // Looked up here, not in a static field: logging is configured off the main thread while JavaFX starts.
            LoggerFactory.getLogger(ConsoleApp.class).error("Uncaught exception on {}", thread.getName(), error);
            if (smokeTest) {
                SmokeTest.failed(error);
            }
            Runnable show = () -> {
                if (window.model() != null) {
                    window.model().showUnexpected(error);
                }
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        });
    }
}
