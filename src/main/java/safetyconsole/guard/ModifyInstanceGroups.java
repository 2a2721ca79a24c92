package safetyconsole.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.Batches;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Operation;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.StackInventory;

/**
 * Fixes pending groups on running (or stopped EBS-backed) instances with EC2 ModifyInstanceAttribute. An
 * instance whose groups changed since the analysis is skipped while the others go ahead.
 */
public enum ModifyInstanceGroups implements GuardedOperation<GroupPlan> {
    MODIFY_INSTANCE_GROUPS;

    /** Instances that will sync by themselves, are in sync, or were not checked are refused, each with why. */
    GroupPlan plan(PlanHeader header, StackInventory inventory, List<GroupDrift> selection, GroupFix fix) {
        if (selection.isEmpty()) {
            throw new PlanRefusedException("Select at least one instance with pending groups.");
        }
        List<String> refusals = new ArrayList<>();
        Map<String, GroupChange> changes = new LinkedHashMap<>();
        List<String> consequences = new ArrayList<>();
        for (GroupDrift drift : selection) {
            String name = drift.instance().hostname();
            if (drift.status() != SyncStatus.PENDING && drift.status() != SyncStatus.WONT_SYNC_ON_START) {
                refusals.add(name + (drift.status() == SyncStatus.WILL_SYNC_ON_START
                        ? " will get its groups at its next start"
                        : drift.status() == SyncStatus.IN_SYNC ? " is in sync" : " was not checked; reload first")
                        + ": there is nothing to change on it now.");
                continue;
            }
            List<String> before = new ArrayList<>(drift.actual());
            List<String> after = new ArrayList<>(before);
            if (fix == GroupFix.ADD_MISSING) {
                if (drift.missing().isEmpty()) {
                    refusals.add(name + " lacks no group; only Make exact removes its extra groups.");
                    continue;
                }
                after.addAll(drift.missing());
            } else {
                after = new ArrayList<>(drift.desired());
                after.removeAll(drift.deleted());
                if (after.isEmpty()) {
                    refusals.add(name + "'s layers name no existing group, and EC2 needs at least one.");
                    continue;
                }
            }
            changes.put(drift.instance().id(), new GroupChange(before, after));
            consequences.add(Consequences.groupChange(inventory, name, before, after));
        }
        Consequences.refuseIfAny(refusals);
        if (fix == GroupFix.MAKE_EXACT && changes.values().stream().anyMatch(c -> !c.after().containsAll(c.before()))) {
            consequences.add("Removed groups are not managed by OpsWorks: someone may have added them on purpose,"
                    + " and connections they allowed are cut at once.");
        }
        consequences.add("EC2 applies the new groups to the running instances at once; OpsWorks' own record of"
                + " their groups is not updated (it never is).");
        List<PlanTarget> targets = selection.stream().map(d -> PlanTarget.instance(inventory, d.instance()))
                .collect(Collectors.toList());
        return new GroupPlan(header, this, targets, changes, Optional.of(fix.label()), consequences);
    }

    @Override
    public String verb() {
        return "Change security groups of";
    }

    @Override
    public List<Operation> calls() {
        return List.of(Operation.MODIFY_INSTANCE_GROUPS);
    }

    /** Nothing plan-wide: each instance is checked on its own by {@link #targetsToSkip}. */
    @Override
    public List<String> reverify(GroupPlan plan, CloudAccount reads) {
        return List.of();
    }

    /**
     * The instance moved on, or its EC2 groups are no longer what the analysis saw (someone else changed
     * them): skipped.
     */
    @Override
    public Map<String, String> targetsToSkip(GroupPlan plan, CloudAccount reads) {
        Map<String, Instance> live = LiveTargets.byId(reads.describeInstances(plan.stack().id()), Instance::id);
        List<String> ec2Ids = plan.targets().stream().map(PlanTarget::ec2Id).filter(Objects::nonNull)
                .collect(Collectors.toList());
        List<Ec2Instance> ec2Read = new ArrayList<>();
        for (List<String> batch : Batches.of(ec2Ids, CloudAccount.MAX_EC2_IDS_PER_CALL)) {
            ec2Read.addAll(reads.describeEc2Instances(plan.stack().region(), batch));
        }
        Map<String, Ec2Instance> ec2 = LiveTargets.byId(ec2Read, Ec2Instance::id);
        Map<String, String> skipped = new LinkedHashMap<>();
        for (PlanTarget target : plan.targets()) {
            Instance now = live.get(target.id());
            Ec2Instance ec2Now = ec2.get(target.ec2Id());
            if (now == null || !now.ec2Id().equals(Optional.ofNullable(target.ec2Id())) || ec2Now == null) {
                skipped.put(target.id(), (target.ec2Id() == null ? "no longer has an EC2 instance"
                        : "no longer EC2 instance " + target.ec2Id()) + "; skipped.");
                continue;
            }
            List<String> groupsNow = ec2Now.securityGroups().stream().map(GroupRef::id).collect(Collectors.toList());
            if (!groupsNow.equals(plan.change(target).before())) {
                skipped.put(target.id(), "its groups changed since the analysis; skipped.");
            }
        }
        return skipped;
    }

    @Override
    public TargetOutcome carryOut(GroupPlan plan, PlanTarget target, Steps steps) {
        return steps.call(null, Operation.MODIFY_INSTANCE_GROUPS, (port, confirmation) -> port.modifyInstanceGroups(
                target.id(), target.ec2Id(), plan.change(target).after(), confirmation));
    }
}
