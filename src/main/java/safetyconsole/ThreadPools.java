package safetyconsole;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's thread pools, made only by the composition root and the launcher. Their threads are named (a
 * thread dump says whose they are) and daemons (a pool someone forgot to shut down cannot keep the process alive).
 */
public final class ThreadPools {

    /** An audit log is read now and then: its decoders leave this long after the last block. */
    private static final long AUDIT_DECODERS_IDLE_SECONDS = 30;

    private ThreadPools() {
    }

    /** At most {@code threads} tasks at once, on threads named {@code name-1}, {@code name-2}, … */
    public static ExecutorService fixed(String name, int threads) {
        return Executors.newFixedThreadPool(threads, daemons(name));
    }

    /**
     * The one pool that decodes audit log blocks, for every audit log of the process (a context per account shares
     * it): one thread per core, started at the first read and ended when idle, so it needs no shutting down.
     */
    public static Executor auditDecoders() {
        return AuditDecoders.POOL;
    }

    /** Made at the first use: a console that never reads its audit log has no pool for it. */
    private static final class AuditDecoders {

        static final ThreadPoolExecutor POOL = idleEnding();

        private static ThreadPoolExecutor idleEnding() {
            int cores = Runtime.getRuntime().availableProcessors();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, AUDIT_DECODERS_IDLE_SECONDS,
                    TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons("audit-decoder"));
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
