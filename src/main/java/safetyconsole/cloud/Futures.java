package safetyconsole.cloud;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for reads that run side by side. */
public final class Futures {

    private Futures() {
    }

    /**
     * Waits for {@code future} and rethrows what the work threw (a {@link CloudException} stays one) rather than the
     * future's {@link CompletionException} wrapper; a checked cause is a bug and leaves wrapped.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
