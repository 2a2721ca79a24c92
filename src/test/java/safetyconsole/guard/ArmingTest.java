package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.Stack;
import safetyconsole.context.Environment;
import safetyconsole.context.Mode;
import safetyconsole.testing.MutableClock;

class ArmingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final Arming arming = new Arming(clock, Duration.ofMinutes(15), Duration.ofMinutes(5));
    private final Stack prod = stack("p", "shop-prod");

    @Test
    void armedSessionLastsItsTimeWhileTheOperatorIsActive() {
        arming.arm(prod, "Rotate the app servers");

        clock.advance(Duration.ofMinutes(4));
        arming.touch();
        clock.advance(Duration.ofMinutes(4));
        arming.touch();

        assertThat(arming.active("p")).isPresent();
        assertThat(arming.remaining("p")).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void modeFollowsTheGuardsRule() {
        assertThat(arming.mode("d", Environment.DEVELOPMENT)).isEqualTo(Mode.UNLOCKED);
        assertThat(arming.mode("p", Environment.PRODUCTION)).isEqualTo(Mode.READ_ONLY);
        assertThat(arming.mode("u", Environment.UNCLASSIFIED)).isEqualTo(Mode.READ_ONLY);

        arming.arm(prod, "Rotate the app servers");

        assertThat(arming.mode("p", Environment.PRODUCTION)).isEqualTo(Mode.ARMED);
        assertThat(arming.mode("u", Environment.UNCLASSIFIED)).isEqualTo(Mode.READ_ONLY);
        clock.advance(Duration.ofMinutes(5));
        assertThat(arming.mode("p", Environment.PRODUCTION)).isEqualTo(Mode.READ_ONLY);
    }

    @Test
    void sessionExpiresAfterItsTimeEvenWhenActive() {
        arming.arm(prod, "Rotate the app servers");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(3));
            arming.touch();
        }

        assertThat(arming.active("p")).isEmpty();
        assertThat(arming.lastEnding()).isEqualTo(Arming.Ending.EXPIRED);
    }

    @Test
    void sessionEndsWhenIdle() {
        arming.arm(prod, "Rotate the app servers");

        clock.advance(Duration.ofMinutes(5));

        assertThat(arming.active("p")).isEmpty();
        assertThat(arming.lastEnding()).isEqualTo(Arming.Ending.IDLE);
        assertThat(arming.remaining("p")).isZero();
    }

    @Test
    void justBeforeTheIdleLimitItIsStillArmed() {
        arming.arm(prod, "Rotate the app servers");

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        assertThat(arming.active("p")).isPresent();
    }

    @Test
    void armingIsForOneStackOnly() {
        arming.arm(prod, "Rotate the app servers");

        assertThat(arming.active("other")).isEmpty();
        arming.arm(stack("o", "other"), "Switch to the other stack");
        assertThat(arming.active("p")).isEmpty();
    }

    @Test
    void disarmEndsAtOnce() {
        arming.arm(prod, "Rotate the app servers");

        arming.disarm();

        assertThat(arming.active("p")).isEmpty();
    }

    @Test
    void reasonIsRequired() {
        assertThatThrownBy(() -> arming.arm(prod, "   fix   ")).isInstanceOf(GuardRefusedException.class)
                .hasMessageContaining("at least 10 characters");
        assertThat(Arming.reasonProblem("Ticket OPS-42")).isNull();
        assertThat(arming.active("p")).isEmpty();
    }

    private static Stack stack(String id, String name) {
        return new Stack(id, name, "us-east-1", Optional.empty(), Map.of(), Optional.empty(), true, null,
                Instant.EPOCH);
    }
}
