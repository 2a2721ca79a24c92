package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequestPacerTest {

    private long now = 1_000_000_000L;
    private final List<Long> slept = new ArrayList<>();
    private final RequestPacer pacer = new RequestPacer(Duration.ofMillis(500), () -> now, slept::add);

    @Test
    void callsAtTheSameMomentAreSpreadHalfASecondApart() {
        pacer.acquire();
        pacer.acquire();
        pacer.acquire();

        assertThat(slept).containsExactly(500_000_000L, 1_000_000_000L);
    }

    @Test
    void aCallAfterAPauseGoesAtOnce() {
        pacer.acquire();
        now += 2_000_000_000L;
        pacer.acquire();

        assertThat(slept).isEmpty();
    }

    @Test
    void aCallSoonAfterAnotherWaitsOnlyForTheRest() {
        pacer.acquire();
        now += 200_000_000L;
        pacer.acquire();

        assertThat(slept).containsExactly(300_000_000L);
    }
}
