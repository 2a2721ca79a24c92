package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NewestResultTest {

    private final QueuedTaskRunner runner = new QueuedTaskRunner();
    private final NewestResult requests = new NewestResult(runner);
    private final List<String> delivered = new ArrayList<>();

    @Test
    void anOlderResultArrivingLastIsDropped() {
        request("first");
        request("second");

        runner.runLast();
        runner.runFirst();

        assertThat(delivered).containsExactly("second");
    }

    @Test
    void anOlderFailureArrivingLastIsDropped() {
        requests.<String>run("fails", () -> {
            throw new IllegalStateException("late");
        }, delivered::add, error -> delivered.add("failed: " + error.getMessage()));
        request("second");

        runner.runLast();
        runner.runFirst();

        assertThat(delivered).containsExactly("second");
    }

    @Test
    void theNewestFailureIsDelivered() {
        requests.<String>run("fails", () -> {
            throw new IllegalStateException("no network");
        }, delivered::add, error -> delivered.add("failed: " + error.getMessage()));

        runner.runAll();

        assertThat(delivered).containsExactly("failed: no network");
    }

    @Test
    void nothingIsDeliveredAfterForget() {
        request("first");
        requests.forget();

        runner.runAll();

        assertThat(delivered).isEmpty();
    }

    @Test
    void everyEndIsReportedStaleOrNot() {
        List<String> ended = new ArrayList<>();
        requests.run("first", () -> "first", () -> ended.add("end"), delivered::add, error -> { });
        requests.run("second", () -> "second", () -> ended.add("end"), delivered::add, error -> { });

        runner.runAll();

        assertThat(ended).hasSize(2);
        assertThat(delivered).containsExactly("second");
    }

    private void request(String value) {
        requests.run(value, () -> value, delivered::add, error -> delivered.add("failed"));
    }
}
