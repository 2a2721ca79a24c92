package safetyconsole;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's thread pools, made only by the composition root and the launcher. Their threads are named (a
 * thread dump says whose they are) and daemons (a pool someone forgot to shut down cannot keep the process alive).
 */
public final class ThreadPools {

    private ThreadPools() {
    }

    /** At most {@code threads} tasks at once, on threads named {@code name-1}, {@code name-2}, … */
    public static ExecutorService fixed(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
