package safetyconsole.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A request the operator can repeat before the last one has answered (loading a stack, checking its logs):
 * only the newest one's result or failure is delivered. An older answer arriving late would otherwise show the
 * stack the operator has already left. Called on the FX thread only, as the runner's callbacks are.
 */
public final class NewestResult {

    private final TaskRunner runner;
    private long newest;

    public NewestResult(TaskRunner runner) {
        this.runner = runner;
    }

    /** Runs {@code work}; its callbacks run only if no later {@code run} or {@link #forget()} came in between. */
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        run(description, work, () -> { }, onSuccess, onFailure);
    }

    /**
     * As {@link #run(String, Callable, Consumer, Consumer)}; {@code onAnyEnd} runs first when it ends, stale or not
     * (to end what began with it, such as a busy indicator).
     */
    public <T> void run(String description, Callable<T> work, Runnable onAnyEnd, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        long mine = ++newest;
        runner.run(description, work, result -> {
            onAnyEnd.run();
            if (mine == newest) {
                onSuccess.accept(result);
            }
        }, error -> {
            onAnyEnd.run();
            if (mine == newest) {
                onFailure.accept(error);
            }
        });
    }

    /** Whatever is still running will deliver nothing (its subject is gone). */
    public void forget() {
        newest++;
    }
}
