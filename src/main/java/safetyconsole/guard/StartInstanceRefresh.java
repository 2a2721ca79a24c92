package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.RefreshSkip;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * StartInstanceRefresh with SkipMatching on one group: the fix for instances MISSING the template's groups. It
 * replaces only the instances launched from another template or version, and never a protected one; the plan names
 * them, and whose hand-added groups go with them.
 */
public enum StartInstanceRefresh implements ScalingOperation<ScalingChange.None> {
    START_INSTANCE_REFRESH;

    ScalingPlan<ScalingChange.None> plan(PlanHeader header, ScalingStackInventory inventory, String groupName) {
        ScalingGroupDrift drift = ScalingTargets.group(inventory, groupName);
        RefreshState.refuseUnlessKnown(drift);
        drift.latestRefresh().filter(refresh -> refresh.status().isActive()).ifPresent(refresh -> {
            throw new PlanRefusedException("An instance refresh is already running on " + groupName + " ("
                    + RefreshState.progress(refresh) + "); wait for it to end, or cancel it first.");
        });
        Set<String> skipped = drift.refreshSkips().stream().map(RefreshSkip::instanceId).collect(Collectors.toSet());
        List<InstanceTemplateDrift> replaced = drift.instances().stream()
                .filter(instance -> instance.lagging() && !skipped.contains(instance.instanceId()))
                .collect(Collectors.toList());
        List<String> matching = drift.instances().stream()
                .filter(instance -> instance.status() == TemplateSyncStatus.MISSING && !instance.lagging())
                .map(InstanceTemplateDrift::instanceId).collect(Collectors.toList());
        String version = ScalingTargets.versionWords(drift);
        String matchingNote = matching.isEmpty() ? "" : " " + String.join(", ", matching) + (matching.size() == 1
                ? " lacks groups but matches " + version + ", so SkipMatching leaves it as it is: hot-fix its groups"
                        + " or terminate it in the group."
                : " lack groups but match " + version + ", so SkipMatching leaves them as they are: hot-fix their"
                        + " groups or terminate them in the group.");
        if (replaced.isEmpty()) {
            throw new PlanRefusedException("No instance of " + groupName + " was launched from another template or"
                    + " version (or all such are protected): a refresh with SkipMatching would replace none."
                    + matchingNote);
        }
        List<String> consequences = new ArrayList<>();
        consequences.add("Auto Scaling replaces " + Consequences.counted("instance", ids(replaced)).get(0) + " of "
                + groupName + " with new ones from " + version + ", a few at a time: each is terminated and a new"
                + " one launched, so the group runs below its capacity while the refresh lasts.");
        if (!drift.refreshSkips().isEmpty()) {
            consequences.add("It skips " + drift.refreshSkips().stream().map(skip -> skip.instanceId() + " ("
                    + skip.why() + ")").collect(Collectors.joining(", ")) + ": they keep what they have.");
        }
        replaced.stream().filter(instance -> !instance.hotfix().isEmpty()).forEach(instance -> consequences.add(
                instance.instanceId() + " loses its hand-added groups " + String.join(", ", instance.hotfix())
                        + ": its replacement gets only the template's."));
        if (!matchingNote.isEmpty()) {
            consequences.add(matchingNote.trim());
        }
        consequences.add("Cancelling stops it half-done; the instances it terminated do not come back.");
        return new ScalingPlan<>(header, this, List.of(PlanTarget.group(drift.group())),
                ScalingTargets.snapshot(inventory, List.of(drift)), new ScalingChange.None(), consequences);
    }

    @Override
    public String verb() {
        return "Start an instance refresh of";
    }

    @Override
    public String buttonLabel() {
        return "Start refresh";
    }

    @Override
    public Operation call() {
        return Operation.START_INSTANCE_REFRESH;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.None> plan, PlanTarget target,
                                Confirmation confirmation) {
        return port.startInstanceRefresh(plan.region(), target.id(), confirmation);
    }

    /** As planned, and no refresh started meanwhile. */
    @Override
    public List<String> reverify(ScalingPlan<ScalingChange.None> plan, CloudAccount reads) {
        List<String> changes = new ArrayList<>(LiveScalingStack.asPlanned(plan, reads.scalingGroups()));
        for (PlanTarget target : plan.targets()) {
            RefreshState.active(reads.scalingGroups(), plan.region(), target.id()).ifPresent(refresh -> changes.add(
                    "An instance refresh started on " + target.name() + " since the plan ("
                            + RefreshState.progress(refresh) + ")."));
        }
        return changes;
    }

    private static List<String> ids(List<InstanceTemplateDrift> instances) {
        return instances.stream().map(InstanceTemplateDrift::instanceId).collect(Collectors.toList());
    }
}
