package safetyconsole.guard;

import java.time.Duration;

/** How the guard waits between reads; tests pass one that does not really sleep. */
@FunctionalInterface
public interface Sleeper {

    /** The thread really sleeps. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
