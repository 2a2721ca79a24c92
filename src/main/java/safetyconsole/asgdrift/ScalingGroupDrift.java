package safetyconsole.asgdrift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;

/**
 * One Auto Scaling group's security groups: each checked instance, the groups a newer template version has and
 * the group does not use (NOT_USED), its latest instance refresh (or why the refreshes are not checked), the
 * instances a refresh skips, and the fix. {@code templateVersionInUse}: the version the group's launch template spec
 * resolves to ("$Latest" as the number it is now); empty for a launch configuration or a template not read.
 */
public record ScalingGroupDrift(
        AutoScalingGroup group,
        List<InstanceTemplateDrift> instances,
        List<UnusedTemplateGroups> unusedGroups,
        Optional<InstanceRefresh> latestRefresh,
        Optional<String> refreshesNotCheckedBecause,
        List<RefreshSkip> refreshSkips,
        SuggestedFix suggestedFix,
        Optional<TemplateVersionRef> templateVersionInUse) {

    public ScalingGroupDrift {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(latestRefresh, "latestRefresh");
        Objects.requireNonNull(refreshesNotCheckedBecause, "refreshesNotCheckedBecause");
        Objects.requireNonNull(suggestedFix, "suggestedFix");
        Objects.requireNonNull(templateVersionInUse, "templateVersionInUse");
        instances = List.copyOf(instances);
        unusedGroups = List.copyOf(unusedGroups);
        refreshSkips = List.copyOf(refreshSkips);
    }

    public List<InstanceTemplateDrift> withStatus(TemplateSyncStatus status) {
        return instances.stream().filter(instance -> instance.status() == status).collect(Collectors.toList());
    }

    /**
     * Anything to look at. A refresh in progress is not itself a finding: its sentence comes first and the fix is
     * to wait, while the instances it has yet to replace still count. A successful one leaves nothing.
     */
    public boolean hasFindings() {
        return instances.stream().anyMatch(instance -> instance.status() != TemplateSyncStatus.IN_SYNC)
                || !unusedGroups.isEmpty()
                || latestRefresh.map(refresh -> refresh.status().endedUnfinished()).orElse(false);
    }

    /** The group's news in sentences, most pressing first. */
    public List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        refreshesNotCheckedBecause.map(why -> "Instance refreshes: NOT CHECKED, " + why + ".")
                .ifPresent(sentences::add);
        latestRefresh.flatMap(ScalingGroupDrift::refreshSentence).ifPresent(sentences::add);
        unusedGroups.stream().map(UnusedTemplateGroups::sentence).forEach(sentences::add);
        if (!refreshSkips.isEmpty()) {
            sentences.add("An instance refresh skips " + refreshSkips.stream()
                    .map(skip -> skip.instanceId() + " (" + skip.why() + ")").collect(Collectors.joining(", "))
                    + ".");
        }
        fixSentence().ifPresent(sentences::add);
        return sentences;
    }

    private Optional<String> fixSentence() {
        String stack = group.cloudFormationStackName().orElse("");
        return switch (suggestedFix) {
            case NONE, WAIT_FOR_REFRESH -> Optional.empty();
            case UPDATE_STACK -> Optional.of("Fix: update CloudFormation stack " + stack
                    + "; its UpdatePolicy replaces the instances." + hotfixWarning(instance -> true));
            case START_INSTANCE_REFRESH -> Optional.of("Fix: start an instance refresh with SkipMatching; it replaces"
                    + " the instances launched from another template or version." + ownershipNote(stack)
                    + hotfixWarning(InstanceTemplateDrift::lagging));
        };
    }

    /** Replacing an instance loses what was added by hand: say whose groups go before anyone confirms. */
    private String hotfixWarning(Predicate<InstanceTemplateDrift> replaced) {
        List<String> losing = instances.stream().filter(instance -> !instance.hotfix().isEmpty())
                .filter(replaced).map(InstanceTemplateDrift::instanceId).collect(Collectors.toList());
        return losing.isEmpty() ? "" : " It drops the hand-added groups of " + String.join(", ", losing)
                + " unless the launch template gets them first.";
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

    /** What a refresh in progress or ended unfinished means; a successful one says nothing. */
    private static Optional<String> refreshSentence(InstanceRefresh refresh) {
        InstanceRefreshStatus status = refresh.status();
        if (status.isActive()) {
            return Optional.of("An instance refresh is in progress (" + refresh.percentageComplete().orElse(0)
                    + "% complete, " + status.apiName() + "): instances are being replaced; check again when it"
                    + " ends.");
        }
        if (status.endedUnfinished()) {
            return Optional.of("The last instance refresh ended " + status.apiName()
                    + refresh.statusReason().map(reason -> ": " + reason).orElse("") + ".");
        }
        return Optional.empty();
    }
}
