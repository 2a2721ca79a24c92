package safetyconsole.migrated;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.asgdrift.TemplateVersionRef;
import safetyconsole.csv.Csv;
import safetyconsole.text.Printable;

/**
 * The security groups of a migrated stack's instances against their launch templates: a summary sentence, and the
 * report as CSV (one row per instance; the groups by id, and by name where EC2 gives one) and as Markdown for a
 * change ticket (each group by name and id), as the OpsWorks drift report has.
 */
public final class ScalingDriftExport {

    /** The launch-template rule, in one paragraph, for the screen and the ticket. */
    public static final String RULE = "An Auto Scaling group gives a launch template version's security groups only"
            + " to the instances it launches from that version. Running instances keep the groups they were launched"
            + " with, a group added to an instance by hand is dropped when the instance is replaced, and a group that"
            + " names an older version does not even give new instances a newer version's groups. An instance refresh"
            + " with SkipMatching replaces only the instances launched from another template or version.";

    private ScalingDriftExport() {
    }

    /** Instances per status, over every group of the stack, every status present (0 when none). */
    public static Map<TemplateSyncStatus, Long> counts(List<ScalingGroupDrift> groups) {
        Map<TemplateSyncStatus, Long> counts = new EnumMap<>(TemplateSyncStatus.class);
        for (TemplateSyncStatus status : TemplateSyncStatus.values()) {
            counts.put(status, 0L);
        }
        groups.forEach(group -> group.instances().forEach(instance -> counts.merge(instance.status(), 1L, Long::sum)));
        return counts;
    }

    /** One honest sentence: "in sync" only when every instance was checked and is; anything not checked is said. */
    public static String summary(ScalingStackInventory inventory) {
        Map<TemplateSyncStatus, Long> counts = counts(inventory.groups());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long unused = inventory.groups().stream().filter(group -> !group.unusedGroups().isEmpty()).count();
        String groupsNote = unused == 0 ? "" : " " + (unused == 1 ? "1 group does" : unused + " groups do")
                + " not use the groups of its launch template's newest version.";
        if (total == 0) {
            return inventory.stack().name() + " has no instances." + groupsNote;
        }
        if (counts.get(TemplateSyncStatus.IN_SYNC) == total) {
            return (total == 1 ? "Its one instance has its" : "All " + total + " instances have their")
                    + " launch template's groups." + groupsNote;
        }
        List<String> parts = new ArrayList<>();
        add(parts, counts, TemplateSyncStatus.MISSING, " (running without groups new instances get)");
        add(parts, counts, TemplateSyncStatus.HOTFIX, " (groups added by hand; the next replacement drops them)");
        add(parts, counts, TemplateSyncStatus.LAG, " (launched from another template or version)");
        add(parts, counts, TemplateSyncStatus.NOT_CHECKED, " (unknown: see each row)");
        add(parts, counts, TemplateSyncStatus.IN_SYNC, "");
        return String.join(", ", parts) + "." + groupsNote;
    }

    public static String csv(ScalingStackInventory inventory) {
        StringBuilder out = new StringBuilder("auto_scaling_group,instance,lifecycle_state,launched_from,"
                + "template_version_in_use,status,desired,actual,missing,hotfix,reason,missing_names,hotfix_names"
                + Csv.LINE_END);
        SecurityGroupNames names = inventory.securityGroupNames();
        for (ScalingGroupDrift group : inventory.groups()) {
            for (InstanceTemplateDrift instance : group.instances()) {
                String[] cells = {group.group().name(), instance.instanceId(),
                    instance.instance().lifecycleState().apiName(), launchedFrom(instance),
                    instance.usedNow().map(TemplateVersionRef::words).orElse(""), instance.status().name(),
                    String.join(" ", instance.desired()), String.join(" ", instance.actual()),
                    String.join(" ", instance.missing()), String.join(" ", instance.hotfix()), instance.reason(),
                    names.names(instance.missing()), names.names(instance.hotfix())};
                out.append(Csv.row(cells)).append(Csv.LINE_END);
            }
        }
        return out.toString();
    }

    /** The groups with something to look at, each with its sentences and the instances to look at. */
    public static String markdown(ScalingStackInventory inventory) {
        StringBuilder out = new StringBuilder();
        out.append("# Security groups: ").append(inventory.stack().name()).append("\n\n");
        out.append("Stack `").append(inventory.stack().id()).append("`, region ").append(inventory.stack().region())
                .append(", checked ").append(inventory.loadedAt()).append(".\n\n");
        out.append("**").append(summary(inventory)).append("**\n\n");
        out.append("> ").append(RULE).append("\n");
        SecurityGroupNames names = inventory.securityGroupNames();
        for (ScalingGroupDrift group : inventory.groups()) {
            if (!group.hasFindings()) {
                continue;
            }
            out.append("\n## Auto Scaling group ").append(group.group().name()).append("\n\n");
            group.sentences().forEach(sentence -> out.append("- ").append(sentence).append('\n'));
            List<InstanceTemplateDrift> problems = group.instances().stream()
                    .filter(instance -> instance.status() != TemplateSyncStatus.IN_SYNC).collect(Collectors.toList());
            if (problems.isEmpty()) {
                continue;
            }
            out.append("\n| Instance | Launched from | Status | Missing | Hot-fix |\n");
            out.append("| --- | --- | --- | --- | --- |\n");
            for (InstanceTemplateDrift instance : problems) {
                out.append("| ").append(instance.instanceId()).append(" | ")
                        .append(Printable.markdownCell(launchedFrom(instance)))
                        .append(" | ").append(instance.status().label()).append(" | ")
                        .append(Printable.markdownCell(names.namesWithIds(instance.missing()))).append(" | ")
                        .append(Printable.markdownCell(names.namesWithIds(instance.hotfix()))).append(" |\n");
            }
        }
        return out.toString();
    }

    /** "version 2", relative to the version in use; the tags' words when nothing is in use; empty when unknown. */
    public static String launchedFrom(InstanceTemplateDrift instance) {
        return instance.launchedFrom().map(origin -> instance.usedNow().map(origin::wordsBeside)
                .orElse("launch template " + origin.templateId() + " version " + origin.version())).orElse("");
    }

    private static void add(List<String> parts, Map<TemplateSyncStatus, Long> counts, TemplateSyncStatus status,
                            String note) {
        long n = counts.get(status);
        if (n > 0) {
            parts.add(n + " " + status.label() + note);
        }
    }

}
