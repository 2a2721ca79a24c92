package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * CancelInstanceRefresh on one group: only while one runs. A refresh replaces instances all the time, so
 * re-verification asks only that the group is still there and the refresh still running, not that its instances
 * stayed as planned.
 */
public enum CancelInstanceRefresh implements ScalingOperation<ScalingChange.None> {
    CANCEL_INSTANCE_REFRESH;

    ScalingPlan<ScalingChange.None> plan(PlanHeader header, ScalingStackInventory inventory, String groupName) {
        ScalingGroupDrift drift = ScalingTargets.group(inventory, groupName);
        RefreshState.refuseUnlessKnown(drift);
        InstanceRefresh refresh = drift.latestRefresh().filter(latest -> latest.status().isActive())
                .orElseThrow(() -> new PlanRefusedException("No instance refresh is running on " + groupName
                        + "; there is nothing to cancel."));
        if (refresh.status() == InstanceRefreshStatus.CANCELLING) {
            throw new PlanRefusedException("The instance refresh of " + groupName + " is already being cancelled.");
        }
        List<String> consequences = List.of("The instance refresh of " + groupName + " ("
                + RefreshState.progress(refresh) + ") stops after the replacements already under way. The instances"
                + " it replaced stay replaced and the others stay as they are: the group is left half-done, with"
                + " instances from more than one launch template version.",
                "The instances it terminated do not come back; a new refresh finishes the job.");
        return new ScalingPlan<>(header, this, List.of(PlanTarget.group(drift.group())),
                ScalingTargets.snapshot(inventory, List.of(drift)), new ScalingChange.None(), consequences);
    }

    @Override
    public String verb() {
        return "Cancel the instance refresh of";
    }

    @Override
    public String buttonLabel() {
        return "Cancel refresh";
    }

    @Override
    public Operation call() {
        return Operation.CANCEL_INSTANCE_REFRESH;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.None> plan, PlanTarget target,
                                Confirmation confirmation) {
        return port.cancelInstanceRefresh(plan.region(), target.id(), confirmation);
    }

    /** The stack and group still there, and a refresh still running that nobody cancelled meanwhile. */
    @Override
    public List<String> reverify(ScalingPlan<ScalingChange.None> plan, CloudAccount reads) {
        List<String> changes = new ArrayList<>(LiveScalingStack.stackChanges(plan, reads.scalingGroups()));
        if (!changes.isEmpty()) {
            return changes;
        }
        Set<String> held = LiveScalingStack.heldGroups(plan, reads.scalingGroups());
        for (PlanTarget target : plan.targets()) {
            if (LiveScalingStack.live(plan, held, target.id(), reads.scalingGroups(), changes).isPresent()
                    && RefreshState.active(reads.scalingGroups(), plan.region(), target.id())
                    .filter(refresh -> refresh.status() != InstanceRefreshStatus.CANCELLING).isEmpty()) {
                changes.add("The instance refresh of " + target.name() + " ended or is being cancelled since the"
                        + " plan; there is nothing to cancel.");
            }
        }
        return changes;
    }
}
