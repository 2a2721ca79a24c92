package safetyconsole.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The only way the UI reaches the cloud: {@code work} runs off the FX thread, the callbacks run on it.
 * Tests use a runner that runs inline, so view models need no toolkit.
 */
public interface TaskRunner {

    <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
