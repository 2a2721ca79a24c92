package safetyconsole.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;

import safetyconsole.ui.common.AfterLayout;

/**
 * {@code --smoke-test}: the packaged app proves it can start, load the demo and draw the banner, then exits.
 * Exit 0 once the banner has been through a rendering pulse, 1 after the timeout, 2 on any uncaught error.
 */
final class SmokeTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private SmokeTest() {
    }

    static void watch(MainViewModel model, Scene scene, long startedAtNanos, Clock wallClock) {
        Thread timeout = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            finish(1, "smoke test: no banner after " + TIMEOUT.toSeconds() + " s");
        }, "smoke-test-timeout");
        timeout.setDaemon(true);
        timeout.start();
        model.banner().bannerProperty().addListener((obs, old, banner) -> {
            if (banner != null) {
                // The banner is drawn in the next pulse; report after it.
                // The wall-clock time lets packaging/bench-startup.sh measure from process start.
                AfterLayout.nextFrame(scene, () -> finish(0, String.format(Locale.ROOT,
                        "smoke test: banner drawn for %s after %d ms (epoch ms %d)", banner.stackName(),
                        (System.nanoTime() - startedAtNanos) / 1_000_000, wallClock.millis())));
            }
        });
    }

    static void failed(Throwable error) {
        finish(2, "smoke test: " + error);
    }

    private static void finish(int code, String message) {
        if (DONE.compareAndSet(false, true)) {
            (code == 0 ? System.out : System.err).println(message);
            System.out.flush();
            // An exit that runs the shutdown hooks, in which JavaFX deletes the copies of the icon fonts it wrote
            // to the temporary folder (halting left 2.6 MB there per run). Off the FX thread, which a hook may need.
            new Thread(() -> System.exit(code), "smoke-test-exit").start();
        }
    }
}
