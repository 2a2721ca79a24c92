package safetyconsole.drift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import safetyconsole.cloud.Layer;
import safetyconsole.inventory.StackInventory;

/** The pending-groups analysis of one stack. */
public record DriftReport(StackInventory inventory, List<GroupDrift> instances, Instant checkedAt) {

    public DriftReport {
        instances = List.copyOf(instances);
    }

    public Map<SyncStatus, Long> counts() {
        Map<SyncStatus, Long> counts = new EnumMap<>(SyncStatus.class);
        for (SyncStatus status : SyncStatus.values()) {
            counts.put(status, 0L);
        }
        instances.forEach(d -> counts.merge(d.status(), 1L, Long::sum));
        return counts;
    }

    /**
     * Per layer (in the stack's order), its instances; an instance in several layers is under each. One pass over
     * the instances, not one per layer.
     */
    public Map<Layer, List<GroupDrift>> byLayer() {
        Map<String, List<GroupDrift>> byLayerId = new HashMap<>();
        for (Layer layer : inventory.layers()) {
            byLayerId.putIfAbsent(layer.id(), new ArrayList<>());
        }
        for (GroupDrift drift : instances) {
            List<String> layerIds = drift.layerIds();
            for (int i = 0; i < layerIds.size(); i++) {
                List<GroupDrift> under = byLayerId.get(layerIds.get(i));
                if (under != null && layerIds.indexOf(layerIds.get(i)) == i) {
                    under.add(drift);
                }
            }
        }
        Map<Layer, List<GroupDrift>> grouped = new LinkedHashMap<>();
        for (Layer layer : inventory.layers()) {
            grouped.put(layer, new ArrayList<>(byLayerId.get(layer.id())));
        }
        return grouped;
    }

    /**
     * One honest sentence: "all in sync" only when every instance was checked and is in sync; anything
     * not checked is always said.
     */
    public String summary() {
        Map<SyncStatus, Long> counts = counts();
        long total = instances.size();
        if (total == 0) {
            return inventory.stack().name() + " has no instances.";
        }
        if (counts.get(SyncStatus.IN_SYNC) == total) {
            long deleted = instances.stream().filter(d -> !d.deleted().isEmpty()).count();
            return (total == 1 ? "Its one instance has its" : "All " + total + " instances have their")
                    + " layers' groups."
                    + (deleted == 0 ? ""
                    : " But layers name groups that no longer exist (" + deleted + " instance"
                    + (deleted == 1 ? "" : "s") + " affected).");
        }
        List<String> parts = new ArrayList<>();
        add(parts, counts, SyncStatus.PENDING, " (running; OpsWorks will never fix them)");
        add(parts, counts, SyncStatus.WONT_SYNC_ON_START, " (stopped EBS; a restart keeps the old groups)");
        add(parts, counts, SyncStatus.WILL_SYNC_ON_START, " (stopped instance-store; fixed by their next start)");
        add(parts, counts, SyncStatus.NOT_CHECKED, " (unknown: see each row)");
        add(parts, counts, SyncStatus.IN_SYNC, "");
        return String.join(", ", parts) + ".";
    }

    private static void add(List<String> parts, Map<SyncStatus, Long> counts, SyncStatus status, String note) {
        long n = counts.get(status);
        if (n > 0) {
            parts.add(n + " " + status.label() + note);
        }
    }
}
