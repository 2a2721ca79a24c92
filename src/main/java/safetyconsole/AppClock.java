package safetyconsole;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How the console's one clock is set: the launcher takes the machine's clock and hands the result to everything
 * that needs the time. The hidden system property {@value #NOW_PROPERTY} sets it to another instant at start (it
 * runs on from there): to reproduce a user's report, or to try the console on another date.
 */
public final class AppClock {

    /** An ISO instant ({@code 2031-06-01T09:00:00Z}) or date ({@code 2028-02-29}, midnight UTC). */
    public static final String NOW_PROPERTY = "safetyconsole.now";

    private AppClock() {
    }

    /** {@code system}, or {@code system} moved so that it reads {@code start} now, when {@code start} is given. */
    public static Clock startingAt(String start, Clock system) {
        if (start == null || start.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), parse(start)));
    }

    /** The property's value as an instant; an IllegalArgumentException naming the property when it is neither form. */
    public static Instant parse(String value) {
        String text = value.strip();
        try {
            return text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(NOW_PROPERTY + " must be an ISO instant (2031-06-01T09:00:00Z) or date"
                    + " (2028-02-29), not \"" + value + "\"", e);
        }
    }
}
