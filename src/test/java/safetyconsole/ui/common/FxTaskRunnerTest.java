package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {

    @Test
    void workAskedForWhileTheWindowClosesIsDroppedNotThrown() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> runner.run("Open the demo account", () -> {
            ran.set(true);
            return 1;
        }, result -> { }, error -> { })).doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
