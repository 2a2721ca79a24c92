package safetyconsole.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.RefreshSkip;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * TerminateInstanceInAutoScalingGroup: with the decrement the group shrinks, without it the group launches a
 * replacement from the version in use. Protection from scale-in does not spare an instance terminated by hand.
 */
public enum TerminateInstanceInGroup implements ScalingOperation<ScalingChange.Termination> {
    TERMINATE_INSTANCE_IN_GROUP;

    private static final Set<AutoScalingLifecycleState> LEAVING = Set.of(AutoScalingLifecycleState.TERMINATING,
            AutoScalingLifecycleState.TERMINATING_WAIT, AutoScalingLifecycleState.TERMINATING_PROCEED,
            AutoScalingLifecycleState.TERMINATED);

    ScalingPlan<ScalingChange.Termination> plan(PlanHeader header, ScalingStackInventory inventory,
                                                Collection<String> instanceIds, boolean decrementDesiredCapacity) {
        if (instanceIds.isEmpty()) {
            throw new PlanRefusedException("Select at least one instance.");
        }
        Map<String, ScalingGroupDrift> groupById = new LinkedHashMap<>();
        Map<ScalingGroupDrift, List<String>> byGroup = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        for (String id : instanceIds) {
            ScalingGroupDrift drift = ScalingTargets.groupOf(inventory, id);
            AutoScalingInstance instance = ScalingTargets.member(drift.group(), id).orElseThrow();
            if (LEAVING.contains(instance.lifecycleState())) {
                refusals.add(id + " is " + instance.lifecycleState().apiName() + "; there is nothing to terminate.");
            }
            groupById.put(id, drift);
            byGroup.computeIfAbsent(drift, key -> new ArrayList<>()).add(id);
        }
        byGroup.forEach((drift, ids) -> {
            AutoScalingGroup group = drift.group();
            if (decrementDesiredCapacity && group.desiredCapacity() - ids.size() < group.minSize()) {
                refusals.add("Decrementing would take " + group.name() + "'s desired capacity from "
                        + group.desiredCapacity() + " to " + (group.desiredCapacity() - ids.size())
                        + ", below its minimum " + group.minSize()
                        + "; terminate without decrementing, or lower the minimum first.");
            }
        });
        Consequences.refuseIfAny(refusals);
        List<String> consequences = new ArrayList<>();
        groupById.forEach((id, drift) -> consequences.addAll(terminated(drift, id)));
        byGroup.forEach((drift, ids) -> consequences.add(afterwards(drift, ids.size(), decrementDesiredCapacity)));
        consequences.add(Consequences.CANNOT_UNDO);
        return new ScalingPlan<>(header, this, groupById.keySet().stream().map(PlanTarget::groupInstance)
                .collect(Collectors.toList()), ScalingTargets.snapshot(inventory, List.copyOf(byGroup.keySet())),
                new ScalingChange.Termination(decrementDesiredCapacity), consequences);
    }

    private static List<String> terminated(ScalingGroupDrift drift, String id) {
        List<String> out = new ArrayList<>();
        out.add("EC2 instance " + id + " of " + drift.group().name() + " is terminated; its instance-store data and"
                + " the EBS volumes set to go with it are lost.");
        drift.refreshSkips().stream().filter(skip -> skip.instanceId().equals(id)).map(RefreshSkip::why).findFirst()
                .ifPresent(why -> out.add(id + " is protected (" + why + "); terminating it by hand overrides that."));
        return out;
    }

    private static String afterwards(ScalingGroupDrift drift, int count, boolean decrement) {
        AutoScalingGroup group = drift.group();
        if (decrement) {
            return group.name() + "'s desired capacity goes from " + group.desiredCapacity() + " to "
                    + (group.desiredCapacity() - count) + ": no replacement is launched.";
        }
        return group.name() + " launches " + (count == 1 ? "a replacement" : count + " replacements") + " from "
                + ScalingTargets.versionWords(drift) + "; groups added by hand are not carried over.";
    }

    @Override
    public String verb() {
        return "Terminate";
    }

    @Override
    public boolean removes() {
        return true;
    }

    @Override
    public Operation call() {
        return Operation.TERMINATE_INSTANCE_IN_GROUP;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.Termination> plan, PlanTarget target,
                                Confirmation confirmation) {
        return port.terminateInstanceInGroup(plan.region(), target.id(), plan.change().decrementDesiredCapacity(),
                confirmation);
    }
}
