package safetyconsole.asgdrift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.TaggedEc2Instance;

/**
 * One instance's groups against its group's desired ones: two differences of a few ids each. One comparison serves
 * all the instances of a group: instances with the same findings share one reason sentence, and one that has exactly
 * the desired groups shares the desired list as its actual one (issue 19: no per-instance sets or sentences).
 */
final class InstanceComparison {

    /** What a reason sentence depends on. */
    private record Findings(TemplateVersionRef used, Optional<LaunchOrigin> origin, List<String> missing,
                            List<String> hotfix, TemplateSyncStatus status) {
    }

    private final Map<Findings, String> reasons = new HashMap<>();

    InstanceTemplateDrift compare(AutoScalingInstance instance, DesiredGroups desired,
                                  Optional<TaggedEc2Instance> ec2) {
        if (desired.unknownBecause().isPresent()) {
            return notChecked(instance, desired, desired.unknownBecause().get());
        }
        if (ec2.isEmpty()) {
            return notChecked(instance, desired, "EC2 does not know " + instance.instanceId());
        }
        TemplateVersionRef used = desired.version().orElseThrow();
        Optional<LaunchOrigin> origin = LaunchOrigin.of(ec2.get());
        List<String> actual = actualIds(ec2.get().instance().securityGroups(), desired.groupIds());
        List<String> missing = without(desired.groupIds(), actual);
        List<String> hotfix = without(actual, desired.groupIds());
        boolean lagging = origin.map(launched -> !launched.isFrom(used)).orElse(false);
        TemplateSyncStatus status = !missing.isEmpty() ? TemplateSyncStatus.MISSING
                : !hotfix.isEmpty() ? TemplateSyncStatus.HOTFIX
                : lagging ? TemplateSyncStatus.LAG
                : TemplateSyncStatus.IN_SYNC;
        String reason = reasons.computeIfAbsent(new Findings(used, origin, missing, hotfix, status),
                InstanceComparison::reason);
        return new InstanceTemplateDrift(instance, Optional.of(used), origin, desired.groupIds(), actual, missing,
                hotfix, lagging, status, reason);
    }

    /** EC2's ids in its order without repeats: the desired list itself when they are the same ids in its order. */
    private static List<String> actualIds(List<GroupRef> attached, List<String> desired) {
        if (attached.size() == desired.size()) {
            boolean same = true;
            for (int i = 0; i < desired.size() && same; i++) {
                same = attached.get(i).id().equals(desired.get(i));
            }
            if (same) {
                return desired;
            }
        }
        List<String> ids = new ArrayList<>(attached.size());
        for (GroupRef group : attached) {
            if (!ids.contains(group.id())) {
                ids.add(group.id());
            }
        }
        return List.copyOf(ids);
    }

    /** The ids of {@code from} not in {@code taken}, in order; a list scan, as there are a few ids each. */
    private static List<String> without(List<String> from, List<String> taken) {
        List<String> left = null;
        for (String id : from) {
            if (!taken.contains(id)) {
                if (left == null) {
                    left = new ArrayList<>(from.size());
                }
                left.add(id);
            }
        }
        return left == null ? List.of() : List.copyOf(left);
    }

    private static String reason(Findings findings) {
        TemplateVersionRef used = findings.used();
        Optional<LaunchOrigin> origin = findings.origin();
        List<String> missing = findings.missing();
        List<String> hotfix = findings.hotfix();
        if (findings.status() == TemplateSyncStatus.IN_SYNC) {
            return "Has exactly the groups of " + used.words() + ".";
        }
        if (findings.status() == TemplateSyncStatus.LAG) {
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
