package safetyconsole.asgdrift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;

/**
 * The security-group rule of Auto Scaling groups on launch templates: a new template
 * version reaches new instances only, so running ones lack its groups (MISSING), a group added by hand is lost on
 * the next replacement (HOTFIX), and a group pinned to an old version does not even give new instances the newer
 * groups (NOT_USED). Each spec the group names is resolved once, and looked up once per instance type, then each
 * instance costs two small differences.
 */
public final class ScalingGroupDriftAnalyzer {

    /** Instances that serve or are about to; the others are leaving the group. */
    private static final Set<AutoScalingLifecycleState> CHECKED = EnumSet.of(AutoScalingLifecycleState.IN_SERVICE,
            AutoScalingLifecycleState.PENDING, AutoScalingLifecycleState.PENDING_WAIT,
            AutoScalingLifecycleState.PENDING_PROCEED, AutoScalingLifecycleState.STANDBY);

    private static final DesiredGroups NO_TEMPLATE = DesiredGroups.unknown(Optional.empty(),
            "the group launches from a launch configuration, not a launch template");

    private ScalingGroupDriftAnalyzer() {
    }

    public static ScalingGroupDrift analyze(ScalingGroupFacts facts) {
        AutoScalingGroup group = facts.group();
        LaunchTemplateResolver resolver = new LaunchTemplateResolver(facts);
        Map<LaunchTemplateSpec, DesiredGroups> desiredBySpec = resolveSpecs(group, resolver);
        Map<String, TaggedEc2Instance> ec2ById = facts.ec2Instances().stream().collect(Collectors.toMap(
                tagged -> tagged.instance().id(), Function.identity(), (a, b) -> a));
        List<AutoScalingInstance> checked = group.instances().stream()
                .filter(instance -> CHECKED.contains(instance.lifecycleState())).collect(Collectors.toList());
        InstanceComparison comparison = new InstanceComparison();
        Map<String, DesiredGroups> desiredByType = new HashMap<>();
        List<InstanceTemplateDrift> instances = new ArrayList<>(checked.size());
        for (AutoScalingInstance instance : checked) {
            DesiredGroups desired = desiredByType.computeIfAbsent(instance.instanceType(), type ->
                    group.launchTemplateFor(type).map(desiredBySpec::get).orElse(NO_TEMPLATE));
            instances.add(comparison.compare(instance, desired,
                    Optional.ofNullable(ec2ById.get(instance.instanceId()))));
        }
        Optional<InstanceRefresh> latestRefresh = latestRefresh(group, facts.refreshes());
        return new ScalingGroupDrift(group, instances,
                unusedGroups(desiredBySpec.values(), resolver), latestRefresh, facts.refreshesUnreadBecause(),
                refreshSkips(checked, ec2ById), fix(group, instances, latestRefresh),
                group.launchTemplateSpecs().stream().findFirst().flatMap(spec -> desiredBySpec.get(spec).version()));
    }

    /** Every spec the group names (overrides included, instances or not), each resolved once. */
    private static Map<LaunchTemplateSpec, DesiredGroups> resolveSpecs(AutoScalingGroup group,
                                                                       LaunchTemplateResolver resolver) {
        Map<LaunchTemplateSpec, DesiredGroups> desired = new LinkedHashMap<>();
        group.launchTemplateSpecs().forEach(spec -> desired.computeIfAbsent(spec, resolver::resolve));
        return desired;
    }

    /** NOT_USED: compared with the template's latest version, the one its owner last wrote (decision 0021). */
    private static List<UnusedTemplateGroups> unusedGroups(Iterable<DesiredGroups> inUse,
                                                           LaunchTemplateResolver resolver) {
        Map<TemplateVersionRef, UnusedTemplateGroups> unused = new LinkedHashMap<>();
        for (DesiredGroups used : inUse) {
            if (!used.isKnown()) {
                continue;
            }
            TemplateVersionRef usedVersion = used.version().orElseThrow();
            resolver.latestOf(usedVersion)
                    .filter(latest -> latest.version().orElseThrow().versionNumber() > usedVersion.versionNumber())
                    .ifPresent(latest -> {
                        List<String> added = latest.groupIds().stream().filter(id -> !used.groupIds().contains(id))
                                .collect(Collectors.toList());
                        if (!added.isEmpty()) {
                            unused.putIfAbsent(usedVersion,
                                    new UnusedTemplateGroups(usedVersion, latest.version().orElseThrow(), added));
                        }
                    });
        }
        return new ArrayList<>(unused.values());
    }

    /** Auto Scaling lists refreshes newest first; a start time, when given, decides. */
    private static Optional<InstanceRefresh> latestRefresh(AutoScalingGroup group, List<InstanceRefresh> refreshes) {
        return refreshes.stream().filter(refresh -> refresh.groupName().equals(group.name()))
                .max(Comparator.comparing(refresh -> refresh.startTime().orElse(Instant.MIN)));
    }

    /** A refresh leaves scale-in protected instances alone, and the migration script's tagged ones. */
    private static List<RefreshSkip> refreshSkips(List<AutoScalingInstance> checked,
                                                  Map<String, TaggedEc2Instance> ec2ById) {
        List<RefreshSkip> skips = new ArrayList<>();
        for (AutoScalingInstance instance : checked) {
            boolean tagged = Optional.ofNullable(ec2ById.get(instance.instanceId()))
                    .map(TaggedEc2Instance::hasProtectedInstanceTag).orElse(false);
            if (tagged) {
                skips.add(new RefreshSkip(instance.instanceId(), "tag " + TaggedEc2Instance.PROTECTED_INSTANCE_TAG));
            } else if (instance.protectedFromScaleIn()) {
                skips.add(new RefreshSkip(instance.instanceId(), "scale-in protection"));
            }
        }
        return skips;
    }

    /**
     * Replacing gives an instance the template's groups: needed where it lacks some. Not for LAG alone (it has
     * them) nor HOTFIX alone (a replacement would drop the hand-added group: that wants the template changed).
     */
    private static SuggestedFix fix(AutoScalingGroup group, List<InstanceTemplateDrift> instances,
                                    Optional<InstanceRefresh> latestRefresh) {
        boolean needsReplacement = instances.stream().anyMatch(instance -> !instance.missing().isEmpty());
        if (!needsReplacement) {
            return SuggestedFix.NONE;
        }
        if (latestRefresh.map(refresh -> refresh.status().isActive()).orElse(false)) {
            return SuggestedFix.WAIT_FOR_REFRESH;
        }
        return group.cloudFormationStackName().isPresent() && group.updatePolicy() == UpdatePolicyPresence.PRESENT
                ? SuggestedFix.UPDATE_STACK : SuggestedFix.START_INSTANCE_REFRESH;
    }
}
