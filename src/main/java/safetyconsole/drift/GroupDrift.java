package safetyconsole.drift;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import safetyconsole.cloud.Instance;

/**
 * One instance's groups: what its layers want ({@code desired}, ids), what EC2 has ({@code actual}), the
 * difference both ways, and the desired ids EC2 no longer knows ({@code deleted}: a layer names a deleted
 * group). Sets keep a stable order. {@code reason} explains the status in a sentence.
 */
public record GroupDrift(
        Instance instance,
        List<String> layerIds,
        Set<String> desired,
        Set<String> actual,
        Set<String> missing,
        Set<String> extra,
        Set<String> deleted,
        SyncStatus status,
        String reason,
        Instant checkedAt) {

    public GroupDrift {
        layerIds = List.copyOf(layerIds);
        desired = ordered(desired);
        actual = ordered(actual);
        missing = ordered(missing);
        extra = ordered(extra);
        deleted = ordered(deleted);
    }

    /** Anything for the operator to look at: not in sync, or a layer naming a deleted group. */
    public boolean hasProblem() {
        return status != SyncStatus.IN_SYNC || !deleted.isEmpty();
    }

    /** The analyzer's compact sets are unmodifiable and ordered already: kept, not copied (issue 19). */
    private static Set<String> ordered(Set<String> ids) {
        if (ids instanceof GroupIdSet) {
            return ids;
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }
}
