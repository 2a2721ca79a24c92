package safetyconsole.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.asgdrift.TemplateVersionRef;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.Stack;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.StackWords;
import safetyconsole.text.Printable;

/** The text report of one migrated stack: what it is, then each group's instances that need a look. */
final class MigratedStackText {

    private MigratedStackText() {
    }

    static void append(StringBuilder out, MigratedStackResult result) {
        Stack stack = result.stack();
        out.append("\n[").append(result.classification().environment().label()).append("] ")
                .append(Printable.of(stack.name()))
                .append(" (").append(Printable.of(stack.region())).append(") \u2014 ").append(StackWords.kind(stack))
                .append("\n");
        result.notRead().ifPresent(failure -> out.append("  NOT CHECKED: the stack could not be read. ")
                .append(Printable.of(CheckMessages.sentence(failure))).append("\n"));
        result.inventory().ifPresent(inventory -> appendInventory(out, result, inventory));
        GoneFromGroupsText.append(out, result.gone());
        result.logRotation().ifPresent(rotation -> MigratedLogText.append(out, rotation));
    }

    private static void appendInventory(StringBuilder out, MigratedStackResult result,
                                        ScalingStackInventory inventory) {
        inventory.cloudFormationStack().ifPresent(cfn -> out.append("  CloudFormation status: ")
                .append(Printable.of(cfn.status())).append("\n"));
        inventory.unread().forEach(notice -> out.append("  ").append(Printable.of(CheckMessages.notice(notice)))
                .append(".\n"));
        if (inventory.groups().isEmpty() && inventory.unread().isEmpty()) {
            out.append("  No Auto Scaling groups.\n");
        }
        for (ScalingGroupDrift group : inventory.groups()) {
            out.append("  Auto Scaling group ").append(Printable.of(group.group().name())).append(": ")
                    .append(Printable.of(template(group)))
                    .append("\n");
            out.append("    Instances: ").append(counts(group)).append("\n");
            for (InstanceTemplateDrift instance : group.instances()) {
                if (instance.status() != TemplateSyncStatus.IN_SYNC) {
                    out.append("    ").append(Printable.of(instance.instanceId())).append(": ")
                            .append(Printable.of(status(result, instance)))
                            .append(" \u2014 ").append(Printable.of(instance.reason())).append("\n");
                }
            }
            group.sentences().forEach(sentence -> out.append("    ").append(Printable.of(sentence)).append("\n"));
        }
    }

    /** The versions the instances are judged against, else the group's specs as Auto Scaling holds them. */
    private static String template(ScalingGroupDrift group) {
        List<TemplateVersionRef> inUse = MigratedStackResult.versionsInUse(group);
        if (!inUse.isEmpty()) {
            return inUse.stream().map(TemplateVersionRef::words).collect(Collectors.joining(", "));
        }
        List<LaunchTemplateSpec> specs = group.group().launchTemplateSpecs();
        return specs.isEmpty() ? "a launch configuration, not a launch template"
                : specs.stream().map(StackWords::spec).collect(Collectors.joining(", "));
    }

    private static String counts(ScalingGroupDrift group) {
        if (group.instances().isEmpty()) {
            return "none";
        }
        Map<TemplateSyncStatus, Integer> counts = new EnumMap<>(TemplateSyncStatus.class);
        group.instances().forEach(instance -> counts.merge(instance.status(), 1, Integer::sum));
        return counts.entrySet().stream().map(count -> count.getValue() + " " + count.getKey().label())
                .collect(Collectors.joining(", "));
    }

    /** "missing web-monitoring; hot-fix sg-9", or the status alone when it names no groups (lag, not checked). */
    private static String status(MigratedStackResult result, InstanceTemplateDrift instance) {
        List<String> parts = new ArrayList<>();
        if (!instance.missing().isEmpty()) {
            parts.add(TemplateSyncStatus.MISSING.label() + " " + names(result, instance.missing()));
        }
        if (!instance.hotfix().isEmpty()) {
            parts.add(TemplateSyncStatus.HOTFIX.label() + " " + names(result, instance.hotfix()));
        }
        return parts.isEmpty() ? instance.status().label() : String.join("; ", parts);
    }

    /** Names where EC2 gave one, ids where it did not. */
    private static String names(MigratedStackResult result, List<String> groupIds) {
        return result.inventory().map(read -> read.securityGroupNames().names(groupIds))
                .orElseGet(() -> String.join(", ", groupIds));
    }
}
