package safetyconsole.guard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * EC2 ModifyInstanceAttribute(Groups) on an instance of a group: its groups change at once, but only on this
 * instance. The next replacement (an instance refresh, a scale-in, a health check replacement) launches from the
 * template, so a group the template lacks is dropped then; the plan says which.
 */
public enum HotfixInstanceGroups implements ScalingOperation<ScalingChange.Groups> {
    HOTFIX_INSTANCE_GROUPS;

    ScalingPlan<ScalingChange.Groups> plan(PlanHeader header, ScalingStackInventory inventory, String instanceId,
                                           List<String> groupIds) {
        ScalingGroupDrift drift = ScalingTargets.groupOf(inventory, instanceId);
        InstanceTemplateDrift instance = ScalingTargets.analysed(drift, instanceId)
                .filter(analysed -> analysed.status() != TemplateSyncStatus.NOT_CHECKED)
                .orElseThrow(() -> new PlanRefusedException(instanceId + "'s security groups were not checked; read"
                        + " the account again first."));
        List<String> after = List.copyOf(new LinkedHashSet<>(groupIds));
        if (after.isEmpty()) {
            throw new PlanRefusedException("EC2 needs at least one security group on " + instanceId + ".");
        }
        List<String> before = instance.actual();
        if (Set.copyOf(before).equals(Set.copyOf(after))) {
            throw new PlanRefusedException(instanceId + " already has exactly these groups; nothing would change.");
        }
        List<String> consequences = new ArrayList<>();
        consequences.add(Consequences.groupChange(UnaryOperator.identity(), instanceId, before, after));
        List<String> notInTemplate = after.stream().filter(id -> !instance.desired().contains(id))
                .collect(Collectors.toList());
        if (!notInTemplate.isEmpty()) {
            String them = notInTemplate.size() == 1 ? "it" : "them";
            consequences.add("The next replacement of " + instanceId + " (an instance refresh, a scale-in, a health"
                    + " check replacement) drops " + String.join(", ", notInTemplate) + ": "
                    + ScalingTargets.versionWords(drift) + " does not have " + them + ". Add " + them
                    + " to the launch template to keep " + them + ".");
        }
        if (!after.containsAll(before)) {
            consequences.add("Connections the removed groups allowed are cut at once.");
        }
        consequences.add("EC2 applies the new groups to " + instanceId + " at once; its group and launch template"
                + " are not changed.");
        return new ScalingPlan<>(header, this, List.of(PlanTarget.groupInstance(instanceId)),
                ScalingTargets.snapshot(inventory, List.of(drift)),
                new ScalingChange.Groups(Map.of(instanceId, new GroupChange(before, after))), consequences);
    }

    @Override
    public String verb() {
        return "Change security groups of";
    }

    @Override
    public Operation call() {
        return Operation.HOTFIX_INSTANCE_GROUPS;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.Groups> plan, PlanTarget target,
                                Confirmation confirmation) {
        return port.hotfixInstanceGroups(plan.region(), target.id(), plan.change().after(target), confirmation);
    }

    /** As planned, and each instance's groups still what the analysis saw (nobody else changed them). */
    @Override
    public List<String> reverify(ScalingPlan<ScalingChange.Groups> plan, CloudAccount reads) {
        List<String> changes = new ArrayList<>(LiveScalingStack.asPlanned(plan, reads.scalingGroups()));
        List<String> ids = plan.targets().stream().map(PlanTarget::id).collect(Collectors.toList());
        Map<String, TaggedEc2Instance> live = LiveTargets.byId(
                reads.scalingGroups().describeTaggedEc2Instances(plan.region(), ids), ec2 -> ec2.instance().id());
        for (PlanTarget target : plan.targets()) {
            Optional<List<String>> groupsNow = Optional.ofNullable(live.get(target.id())).map(ec2 ->
                    ec2.instance().securityGroups().stream().map(GroupRef::id).collect(Collectors.toList()));
            if (groupsNow.isEmpty()) {
                changes.add("EC2 no longer knows " + target.name() + ".");
            } else if (!Set.copyOf(groupsNow.get()).equals(Set.copyOf(plan.change().byInstanceId()
                    .get(target.id()).before()))) {
                changes.add(target.name() + "'s groups changed since the analysis.");
            }
        }
        return changes;
    }
}
