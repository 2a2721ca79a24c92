package safetyconsole.asgdrift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.TaggedEc2Instance;

/** One instance's groups against its group's desired ones: two differences of a few ids each. */
final class InstanceComparison {

    private InstanceComparison() {
    }

    static InstanceTemplateDrift compare(AutoScalingInstance instance, DesiredGroups desired,
                                         Optional<TaggedEc2Instance> ec2) {
        if (desired.unknownBecause().isPresent()) {
            return notChecked(instance, desired, desired.unknownBecause().get());
        }
        if (ec2.isEmpty()) {
            return notChecked(instance, desired, "EC2 does not know " + instance.instanceId());
        }
        TemplateVersionRef used = desired.version().orElseThrow();
        Optional<LaunchOrigin> origin = LaunchOrigin.of(ec2.get());
        List<String> actual = ec2.get().instance().securityGroups().stream().map(GroupRef::id).distinct()
                .collect(Collectors.toList());
        // A few ids each: a list scan beats building sets per instance.
        List<String> missing = desired.groupIds().stream().filter(id -> !actual.contains(id))
                .collect(Collectors.toList());
        List<String> hotfix = actual.stream().filter(id -> !desired.groupIds().contains(id))
                .collect(Collectors.toList());
        boolean lagging = origin.map(launched -> !launched.isFrom(used)).orElse(false);
        TemplateSyncStatus status = !missing.isEmpty() ? TemplateSyncStatus.MISSING
                : !hotfix.isEmpty() ? TemplateSyncStatus.HOTFIX
                : lagging ? TemplateSyncStatus.LAG
                : TemplateSyncStatus.IN_SYNC;
        return new InstanceTemplateDrift(instance, Optional.of(used), origin, desired.groupIds(), actual, missing,
                hotfix, lagging, status, reason(used, origin, missing, hotfix, status));
    }

    private static String reason(TemplateVersionRef used, Optional<LaunchOrigin> origin, List<String> missing,
                                 List<String> hotfix, TemplateSyncStatus status) {
        if (status == TemplateSyncStatus.IN_SYNC) {
            return "Has exactly the groups of " + used.words() + ".";
        }
        if (status == TemplateSyncStatus.LAG) {
            return "Launched from " + origin.orElseThrow().wordsBeside(used) + ", not " + used.words()
                    + " the group uses now, but has the same groups.";
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("Lacks " + String.join(", ", missing) + ", which " + used.words() + " gives new instances.");
        }
        if (!hotfix.isEmpty()) {
            parts.add("Has " + String.join(", ", hotfix) + ", which " + used.words()
                    + " lacks: the next replacement drops " + (hotfix.size() == 1 ? "it." : "them."));
        }
        parts.add(origin.map(launched -> launched.isFrom(used)
                ? "Launched from that version, so an instance refresh with SkipMatching leaves it as it is."
                : "Launched from " + launched.wordsBeside(used) + ".")
                .orElse("Its launch template tags are missing: which version it launched from is not known."));
        return String.join(" ", parts);
    }

    private static InstanceTemplateDrift notChecked(AutoScalingInstance instance, DesiredGroups desired,
                                                    String why) {
        return new InstanceTemplateDrift(instance, desired.version(), Optional.empty(), desired.groupIds(), List.of(),
                List.of(), List.of(), false, TemplateSyncStatus.NOT_CHECKED, "Not checked: " + why + ".");
    }
}
