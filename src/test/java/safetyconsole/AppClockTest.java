package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import safetyconsole.testing.MutableClock;

class AppClockTest {

    private final MutableClock system = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void withoutTheOverrideItIsTheSystemClock() {
        assertThat(AppClock.startingAt(null, system)).isSameAs(system);
        assertThat(AppClock.startingAt(" ", system)).isSameAs(system);
    }

    @Test
    void anInstantSetsTheClockWhichRunsOnFromThere() {
        Clock clock = AppClock.startingAt("2031-06-01T09:00:00Z", system);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2031-06-01T09:00:00Z"));
        system.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2031-06-01T09:05:00Z"));
    }

    @Test
    void aDateIsItsMidnightInUtcWhateverTheZone() {
        Clock clock = AppClock.startingAt("2028-02-29",
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.ofHours(14)));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2028-02-29T00:00:00Z"));
    }

    @Test
    void anythingElseIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> AppClock.startingAt("next tuesday", system))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("safetyconsole.now").hasMessageContaining("\"next tuesday\"");
        assertThatThrownBy(() -> AppClock.parse("2027-02-29")).isInstanceOf(IllegalArgumentException.class);
    }
}
