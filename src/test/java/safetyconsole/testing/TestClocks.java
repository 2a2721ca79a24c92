package safetyconsole.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import safetyconsole.AppClock;

/**
 * The one instant the tests run at, so that no test depends on today's date. It is
 * {@value AppClock#NOW_PROPERTY} when that system property is given (CI runs the tests of the demo's stories a
 * second time years ahead that way), else a fixed instant.
 */
public final class TestClocks {

    /** The instant the tests run at. */
    public static final Instant NOW = now();

    private TestClocks() {
    }

    /** A clock that always reads {@link #NOW}, in UTC. */
    public static Clock fixed() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** A clock tests move by hand, starting at {@link #NOW}. */
    public static MutableClock mutable() {
        return new MutableClock(NOW);
    }

    private static Instant now() {
        String given = System.getProperty(AppClock.NOW_PROPERTY);
        return given == null || given.isBlank() ? Instant.parse("2026-12-01T10:00:00Z") : AppClock.parse(given);
    }
}
