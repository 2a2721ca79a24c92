package safetyconsole.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MissingInstancesTest {

    private static final Instant BEFORE = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-11T09:00:00Z");

    @Test
    void countsEachLayerOfAGoneInstanceAndWhatWasLaunchedSince() {
        Sighting before = new Sighting(BEFORE, List.of(
                seen("a1", "app"), seen("a2", "app"), seen("a3", "app"),
                seen("w1", "app", "workers"), seen("w2", "workers")));
        Sighting now = new Sighting(NOW, List.of(
                seen("a1", "app"), seen("a4", "app"), seen("a5", "app"), seen("w2", "workers")));

        MissingInstances gone = MissingInstances.between(before, "shop", now);

        assertThat(gone.gone()).extracting(Sighting.SeenInstance::id).containsExactly("a2", "a3", "w1");
        assertThat(gone.layerChanges()).containsExactly(
                entry("app layer", "had 4, now 3 (3 gone, 2 new since)"), entry("workers layer", "had 2, now 1"));
        assertThat(gone.sentence()).endsWith(
                "app layer had 4, now 3 (3 gone, 2 new since); workers layer had 2, now 1.");
    }

    @Test
    void aLayerEmptiedSaysNowZero() {
        Sighting before = new Sighting(BEFORE, List.of(seen("w1", "workers"), seen("w2", "workers")));
        Sighting now = new Sighting(NOW, List.of());

        assertThat(MissingInstances.between(before, "shop", now).layerChanges())
                .containsExactlyEntriesOf(Map.of("workers layer", "had 2, now 0"));
    }

    private static Sighting.SeenInstance seen(String id, String... layers) {
        List<String> ids = List.of(layers);
        return new Sighting.SeenInstance(id, "host-" + id, "i-" + id, ids,
                ids.stream().map(layer -> layer + " layer").toList());
    }
}
