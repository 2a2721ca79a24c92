package safetyconsole.ui.scaling;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.migrated.ScalingDriftExport;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.SecurityGroupNames;
import safetyconsole.ui.common.ExportFormat;
import safetyconsole.ui.common.ShownAnalysis;
import safetyconsole.ui.common.TaskRunner;

/**
 * The security groups screen of a migrated stack: its instances against their launch template versions, grouped by
 * Auto Scaling group (with what each group says), optionally problems only, counted per group for the chart. The
 * analysis came with the load: no extra calls.
 */
public final class ScalingDriftViewModel {

    /** One line of the tree: a group heading, or an instance under it. */
    public record Row(ScalingGroupDrift group, InstanceTemplateDrift instance) {

        public boolean isGroup() {
            return instance == null;
        }
    }

    private final ShownAnalysis<ScalingStackInventory> shown;

    public ScalingDriftViewModel(TaskRunner runner) {
        this.shown = new ShownAnalysis<>(runner);
    }

    public void show(ScalingStackInventory loaded) {
        shown.show(loaded, ScalingDriftExport.summary(loaded));
    }

    public void clear(String why) {
        shown.clear(why);
    }

    /** The stack shown (null while loading or after a failure), its summary, the problems-only choice, export. */
    public ShownAnalysis<ScalingStackInventory> shown() {
        return shown;
    }

    /** Groups with their instances (problems only when asked); a group is listed even with none to show. */
    public Map<ScalingGroupDrift, List<InstanceTemplateDrift>> grouped() {
        ScalingStackInventory current = shown.get();
        if (current == null) {
            return Map.of();
        }
        Map<ScalingGroupDrift, List<InstanceTemplateDrift>> grouped = new LinkedHashMap<>();
        current.groups().forEach(group -> grouped.put(group, group.instances().stream()
                .filter(instance -> !shown.problemsOnlyProperty().get()
                        || instance.status() != TemplateSyncStatus.IN_SYNC)
                .collect(Collectors.toList())));
        return grouped;
    }

    /** Instances per status in each group (by name), for the chart; every status present. */
    public Map<String, Map<TemplateSyncStatus, Long>> countsByGroup() {
        ScalingStackInventory current = shown.get();
        if (current == null) {
            return Map.of();
        }
        Map<String, Map<TemplateSyncStatus, Long>> counts = new LinkedHashMap<>();
        current.groups().forEach(group -> counts.put(group.group().name(),
                new EnumMap<>(ScalingDriftExport.counts(List.of(group)))));
        return counts;
    }

    /**
     * The one group the selected rows are of (a group heading, its instances), if they are of one; with nothing
     * selected, the stack's only group, as most migrated stacks have just one and a fix should not wait for a click.
     */
    public Optional<ScalingGroupDrift> groupOf(List<Row> selected) {
        List<ScalingGroupDrift> groups = selected.isEmpty()
                ? Optional.ofNullable(shown.analysisProperty().get()).map(ScalingStackInventory::groups)
                        .orElse(List.of())
                : selected.stream().map(Row::group).distinct().toList();
        return groups.size() == 1 ? Optional.of(groups.get(0)) : Optional.empty();
    }

    /** "3 to look at", or "all in sync": a group heading's status. */
    public String groupStatus(ScalingGroupDrift group) {
        long problems = group.instances().stream().filter(i -> i.status() != TemplateSyncStatus.IN_SYNC).count();
        return problems == 0 ? (group.hasFindings() ? "see why" : "all in sync") : problems + " to look at";
    }

    /** The groups' names (ids where none is known), as the stack's load resolved them. */
    public String groupNames(List<String> groupIds) {
        return names().names(groupIds);
    }

    /** Each group as "name (id)": a cell's tooltip. */
    public String groupNamesWithIds(List<String> groupIds) {
        return names().namesWithIds(groupIds);
    }

    private SecurityGroupNames names() {
        ScalingStackInventory current = shown.get();
        return current == null ? new SecurityGroupNames(Map.of()) : current.securityGroupNames();
    }

    /** The file name the save dialog proposes. */
    public String suggestedFileName(ExportFormat format) {
        return "security-groups-" + shown.get().stack().name() + "." + format.extension();
    }

    /** Writes the analysis shown in the background; the outcome appears in the export message. */
    public void export(Path file, ExportFormat format) {
        shown.export("Export security groups", file, inventory -> switch (format) {
            case CSV -> ScalingDriftExport.csv(inventory);
            case MARKDOWN -> ScalingDriftExport.markdown(inventory);
        });
    }
}
