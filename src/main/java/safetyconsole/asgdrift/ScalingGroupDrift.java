package safetyconsole.asgdrift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;

/**
 * One Auto Scaling group's security groups: each checked instance, the groups a newer template version has and
 * the group does not use (NOT_USED), its latest instance refresh, the instances a refresh skips, and the fix.
 */
public record ScalingGroupDrift(
        AutoScalingGroup group,
        List<InstanceTemplateDrift> instances,
        List<UnusedTemplateGroups> unusedGroups,
        Optional<InstanceRefresh> latestRefresh,
        List<RefreshSkip> refreshSkips,
        SuggestedFix suggestedFix) {

    public ScalingGroupDrift {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(latestRefresh, "latestRefresh");
        Objects.requireNonNull(suggestedFix, "suggestedFix");
        instances = List.copyOf(instances);
        unusedGroups = List.copyOf(unusedGroups);
        refreshSkips = List.copyOf(refreshSkips);
    }

    public List<InstanceTemplateDrift> withStatus(TemplateSyncStatus status) {
        return instances.stream().filter(instance -> instance.status() == status).collect(Collectors.toList());
    }

    public boolean refreshInProgress() {
        return latestRefresh.map(refresh -> refresh.status().isActive()).orElse(false);
    }

    /** Anything to look at; a refresh in progress is news, not a finding, and a successful one leaves none. */
    public boolean hasFindings() {
        return instances.stream().anyMatch(instance -> instance.status() != TemplateSyncStatus.IN_SYNC)
                || !unusedGroups.isEmpty()
                || latestRefresh.map(refresh -> refresh.status().endedUnfinished()).orElse(false);
    }

    /** The group's news in sentences, most pressing first. */
    public List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        latestRefresh.map(ScalingGroupDrift::refreshSentence).ifPresent(sentences::add);
        unusedGroups.stream().map(UnusedTemplateGroups::sentence).forEach(sentences::add);
        if (!refreshSkips.isEmpty()) {
            sentences.add("An instance refresh skips " + refreshSkips.stream()
                    .map(skip -> skip.instanceId() + " (" + skip.why() + ")").collect(Collectors.joining(", "))
                    + ".");
        }
        fixSentence().ifPresent(sentences::add);
        return sentences.stream().filter(sentence -> !sentence.isEmpty()).collect(Collectors.toList());
    }

    private Optional<String> fixSentence() {
        String stack = group.cloudFormationStackName().orElse("");
        return switch (suggestedFix) {
            case NONE, WAIT_FOR_REFRESH -> Optional.empty();
            case UPDATE_STACK -> Optional.of("Fix: update CloudFormation stack " + stack
                    + "; its UpdatePolicy replaces the instances.");
            case START_INSTANCE_REFRESH -> Optional.of("Fix: start an instance refresh with SkipMatching; it replaces"
                    + " the instances launched from another template or version." + ownershipNote(stack));
        };
    }

    private String ownershipNote(String stack) {
        return switch (group.updatePolicy()) {
            case PRESENT -> "";
            case ABSENT -> stack.isEmpty() ? "" : " CloudFormation stack " + stack
                    + " owns the group without an UpdatePolicy, so a stack update would not replace them.";
            case UNKNOWN -> stack.isEmpty() ? "" : " CloudFormation stack " + stack
                    + " owns the group; whether it has an UpdatePolicy is not known.";
        };
    }

    private static String refreshSentence(InstanceRefresh refresh) {
        InstanceRefreshStatus status = refresh.status();
        if (status.isActive()) {
            return "An instance refresh is in progress (" + refresh.percentageComplete().orElse(0)
                    + "% complete, " + status.apiName() + "): instances are being replaced; check again when it"
                    + " ends.";
        }
        if (status.endedUnfinished()) {
            return "The last instance refresh ended " + status.apiName()
                    + refresh.statusReason().map(reason -> ": " + reason).orElse("") + ".";
        }
        return "";
    }
}
