package safetyconsole.inventory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Instances seen before and gone now, with what that did to each layer ("Rails App Server had 7, now 6") or, on a
 * stack migrated off OpsWorks, to each Auto Scaling group ("rails-app group of shop-prod had 4, now 2").
 * Empty when nothing is gone.
 */
public record MissingInstances(String stackName, Instant lastSeen, List<Sighting.SeenInstance> gone,
                               Map<String, String> layerChanges) {

    private static final DateTimeFormatter SEEN = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public MissingInstances {
        gone = List.copyOf(gone);
        // In the order the layers were met: Map.copyOf would shuffle the sentence from one run to the next.
        layerChanges = Collections.unmodifiableMap(new LinkedHashMap<>(layerChanges));
    }

    public boolean isEmpty() {
        return gone.isEmpty();
    }

    /**
     * What is gone from {@code stackName} between two sightings, counted per layer, or per Auto Scaling group of a
     * migrated stack (its sighting names the group where an OpsWorks one names layers).
     */
    public static MissingInstances between(Sighting before, String stackName, Sighting now) {
        Set<String> present = now.instances().stream().map(Sighting.SeenInstance::id).collect(Collectors.toSet());
        List<Sighting.SeenInstance> gone = before.instances().stream().filter(i -> !present.contains(i.id())).toList();
        // Counted once per layer, not once per gone instance: a stack of thousands loses hundreds at a time.
        Map<String, Long> had = perLayer(before.instances());
        Map<String, Long> has = perLayer(now.instances());
        Map<String, Long> goneHere = perLayer(gone);
        Map<String, String> changes = new LinkedHashMap<>();
        for (Sighting.SeenInstance instance : gone) {
            for (int k = 0; k < instance.layerIds().size(); k++) {
                String layerId = instance.layerIds().get(k);
                changes.put(instance.layerNames().get(k), countChange(had.get(layerId),
                        has.getOrDefault(layerId, 0L), goneHere.get(layerId)));
            }
        }
        return new MissingInstances(stackName, before.seenAt(), gone, changes);
    }

    private static Map<String, Long> perLayer(List<Sighting.SeenInstance> instances) {
        Map<String, Long> counts = new HashMap<>();
        for (Sighting.SeenInstance instance : instances) {
            // An instance listing a layer twice still counts once in it.
            instance.layerIds().stream().distinct().forEach(layerId -> counts.merge(layerId, 1L, Long::sum));
        }
        return counts;
    }

    /**
     * "had 7, now 6"; when instances were also launched since, it says so, or a group put back to its size would
     * read as if nothing were lost: "had 4, now 4 (2 gone, 2 new since)".
     */
    private static String countChange(long had, long has, long goneHere) {
        long launched = has - (had - goneHere);
        return "had " + had + ", now " + has
                + (launched > 0 ? " (" + goneHere + " gone, " + launched + " new since)" : "");
    }

    /** "rails-app7 is gone since 2026-08-31T10:00:00Z: Rails App Server had 7, now 6." */
    public String sentence() {
        String names = gone.stream().map(Sighting.SeenInstance::hostname).collect(Collectors.joining(", "));
        String layers = layerChanges.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; "));
        return stackName + ": " + names + (gone.size() == 1 ? " is" : " are") + " gone since the console last saw "
                + "the stack (" + SEEN.format(lastSeen) + "). " + layers + ".";
    }
}
