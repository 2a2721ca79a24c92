package safetyconsole.attribution.scaling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/**
 * CloudTrail lookups of one group's chains, planned before they are made: every link says which events it needs
 * (one lookup attribute and a window), overlapping windows of the same attribute merge into one stretch, and each
 * stretch costs one lookup shared by every instance in it. Windows are cut at CloudTrail's 90 days.
 */
final class TrailWindows {

    private final CloudAccount trail;
    private final String region;
    private final Instant oldest;
    private final Map<Key, List<Window>> needed = new LinkedHashMap<>();
    private final Map<Key, List<Fetched>> fetched = new LinkedHashMap<>();
    private int lookups;

    /** {@code oldest} is the start of CloudTrail's history: nothing before it can be looked up. */
    TrailWindows(CloudAccount trail, String region, Instant oldest) {
        this.trail = trail;
        this.region = region;
        this.oldest = oldest;
    }

    void need(TrailQuery.Attribute attribute, String value, Instant from, Instant to) {
        needed.computeIfAbsent(new Key(attribute, value), k -> new ArrayList<>()).add(new Window(from, to));
    }

    /** Makes one lookup per stretch of overlapping windows not fetched yet; a failure is kept, not thrown. */
    void fetch() {
        needed.forEach((key, windows) -> {
            windows.sort(Comparator.comparing(Window::from));
            Window stretch = null;
            for (Window window : windows) {
                if (stretch != null && window.from().isAfter(stretch.to())) {
                    lookUp(key, stretch);
                    stretch = null;
                }
                stretch = stretch == null ? window : new Window(stretch.from(), max(stretch.to(), window.to()));
            }
            if (stretch != null) {
                lookUp(key, stretch);
            }
        });
        needed.clear();
    }

    /** The fetched events of {@code attribute = value} inside {@code [from, to]}, or why they are not known. */
    Found events(TrailQuery.Attribute attribute, String value, Instant from, Instant to) {
        List<TrailEvent> events = new ArrayList<>();
        Optional<CloudException> failure = Optional.empty();
        for (Fetched part : fetched.getOrDefault(new Key(attribute, value), List.of())) {
            if (part.window().from().isAfter(to) || part.window().to().isBefore(from)) {
                continue;
            }
            failure = failure.or(part::failure);
            part.events().stream().filter(e -> !e.eventTime().isBefore(from) && !e.eventTime().isAfter(to))
                    .forEach(events::add);
        }
        return new Found(events, failure, from.isBefore(oldest));
    }

    int lookups() {
        return lookups;
    }

    private void lookUp(Key key, Window window) {
        if (window.to().isBefore(oldest)) {
            return;
        }
        Window clipped = new Window(max(window.from(), oldest), window.to());
        lookups++;
        List<Fetched> parts = fetched.computeIfAbsent(key, k -> new ArrayList<>());
        try {
            parts.add(new Fetched(clipped, trail.lookupTrailEvents(new TrailQuery(region, key.attribute(),
                    key.value(), clipped.from(), clipped.to())), Optional.empty()));
        } catch (CloudException e) {
            parts.add(new Fetched(clipped, List.of(), Optional.of(e)));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Events found in a window; {@code failure} when a lookup over it failed; {@code beforeHistory} when the window
     * started before CloudTrail's 90 days, so an older event cannot be known.
     */
    record Found(List<TrailEvent> events, Optional<CloudException> failure, boolean beforeHistory) {

        /** Several reads taken together: all their events, the first failure, older than history if any was. */
        static Found merged(List<Found> reads) {
            return new Found(reads.stream().flatMap(f -> f.events().stream()).toList(),
                    reads.stream().flatMap(f -> f.failure().stream()).findFirst(),
                    reads.stream().anyMatch(Found::beforeHistory));
        }
    }

    private record Key(TrailQuery.Attribute attribute, String value) {
    }

    private record Window(Instant from, Instant to) {
    }

    private record Fetched(Window window, List<TrailEvent> events, Optional<CloudException> failure) {
    }
}
