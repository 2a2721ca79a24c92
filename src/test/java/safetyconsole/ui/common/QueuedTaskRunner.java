package safetyconsole.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test says so, to test what happens when results arrive late or out of order. */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final InlineTaskRunner inline = new InlineTaskRunner();

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        queued.add(() -> inline.run(description, work, onSuccess, onFailure));
    }

    public int pending() {
        return queued.size();
    }

    public void runFirst() {
        queued.removeFirst().run();
    }

    public void runLast() {
        queued.removeLast().run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            runFirst();
        }
    }
}
