package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.RefreshSkip;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * SetDesiredCapacity on one group, within its minimum and maximum. An increase launches instances from the version
 * in use; a decrease terminates instances Auto Scaling chooses, never protected ones, and cannot be undone.
 */
public enum SetDesiredCapacity implements ScalingOperation<ScalingChange.Capacity> {
    SET_DESIRED_CAPACITY;

    ScalingPlan<ScalingChange.Capacity> plan(PlanHeader header, ScalingStackInventory inventory, String groupName,
                                             int desiredCapacity) {
        ScalingGroupDrift drift = ScalingTargets.group(inventory, groupName);
        AutoScalingGroup group = drift.group();
        if (desiredCapacity < group.minSize() || desiredCapacity > group.maxSize()) {
            throw new PlanRefusedException(groupName + " takes a desired capacity from " + group.minSize() + " to "
                    + group.maxSize() + "; " + desiredCapacity + " is outside. Change its minimum or maximum first.");
        }
        int current = group.desiredCapacity();
        if (desiredCapacity == current) {
            throw new PlanRefusedException(groupName + "'s desired capacity is already " + current
                    + "; nothing would change.");
        }
        String change = groupName + "'s desired capacity goes from " + current + " to " + desiredCapacity;
        List<String> consequences = desiredCapacity > current
                ? List.of(change + ": Auto Scaling launches " + (desiredCapacity - current) + " new instance"
                        + (desiredCapacity - current == 1 ? "" : "s") + " from " + ScalingTargets.versionWords(drift)
                        + ".")
                : scaleIn(drift, change, current - desiredCapacity);
        return new ScalingPlan<>(header, this, List.of(PlanTarget.group(group)),
                ScalingTargets.snapshot(inventory, List.of(drift)),
                new ScalingChange.Capacity(current, desiredCapacity), consequences);
    }

    /** Which instances go is Auto Scaling's choice: say what can be known, and what never goes. */
    private static List<String> scaleIn(ScalingGroupDrift drift, String change, int terminated) {
        Set<String> spared = drift.refreshSkips().stream().map(RefreshSkip::instanceId).collect(Collectors.toSet());
        List<String> candidates = drift.group().instances().stream().map(AutoScalingInstance::instanceId)
                .filter(id -> !spared.contains(id)).collect(Collectors.toList());
        List<String> older = drift.instances().stream().filter(InstanceTemplateDrift::lagging)
                .map(InstanceTemplateDrift::instanceId).filter(candidates::contains).collect(Collectors.toList());
        List<String> consequences = new ArrayList<>();
        consequences.add(change + ": Auto Scaling terminates " + terminated + " instance" + (terminated == 1 ? "" : "s")
                + ". Which ones is Auto Scaling's choice, by the group's termination policy, among "
                + (candidates.isEmpty() ? "none" : String.join(", ", candidates)) + ".");
        if (!older.isEmpty()) {
            consequences.add("Under the default policy, instances launched from an older launch template or version"
                    + " go first: " + String.join(", ", older) + ".");
        }
        if (!drift.refreshSkips().isEmpty()) {
            consequences.add("Never terminated by a scale-in: " + drift.refreshSkips().stream()
                    .map(skip -> skip.instanceId() + " (" + skip.why() + ")").collect(Collectors.joining(", "))
                    + ".");
        }
        if (candidates.size() < terminated) {
            consequences.add("Only " + candidates.size() + " of its instances may be terminated: the group stays"
                    + " above its desired capacity until protection is lifted.");
        }
        consequences.add("Terminated instances and their local data do not come back; raising the capacity again"
                + " launches new ones. " + Consequences.CANNOT_UNDO);
        return consequences;
    }

    @Override
    public String verb() {
        return "Set the desired capacity of";
    }

    @Override
    public String buttonLabel() {
        return "Set capacity";
    }

    @Override
    public Operation call() {
        return Operation.SET_DESIRED_CAPACITY;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.Capacity> plan, PlanTarget target,
                                Confirmation confirmation) {
        return port.setDesiredCapacity(plan.region(), target.id(), plan.change().to(), confirmation);
    }
}
