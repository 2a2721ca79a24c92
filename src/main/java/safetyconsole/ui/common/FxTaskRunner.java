package safetyconsole.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work as {@link Task}s on a small pool of named daemon threads; results arrive on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private static final int THREADS = 3;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, new NamedDaemonThreads());

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(description);
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        try {
            pool.execute(task);
        } catch (RejectedExecutionException closing) {
            // A result that arrives while the window closes may ask for more work: nobody is left to see it.
            LOG.debug("Not started after close: {}", description);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "cloud-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
