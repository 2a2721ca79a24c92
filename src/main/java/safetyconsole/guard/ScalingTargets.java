package safetyconsole.guard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateVersionRef;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackResource;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * Finds what a plan on a migrated stack acts on in the stack as last loaded, and refuses anything outside it: a plan
 * for one stack never touches another.
 */
final class ScalingTargets {

    private ScalingTargets() {
    }

    /** The group, if the inventory holds it and it belongs to the inventory's stack. */
    static ScalingGroupDrift group(ScalingStackInventory inventory, String groupName) {
        Stack stack = requireMigrated(inventory);
        ScalingGroupDrift drift = inventory.group(groupName).orElseThrow(() -> new PlanRefusedException("Group "
                + groupName + " is not in " + stack.name() + " as last loaded; read the account again and try again."));
        if (!belongs(stack, heldGroups(inventory.resources()), drift.group())) {
            throw new PlanRefusedException("Group " + groupName + " does not belong to " + stack.name()
                    + "; act on one stack at a time.");
        }
        return drift;
    }

    /** The group holding the instance, within the inventory's stack. */
    static ScalingGroupDrift groupOf(ScalingStackInventory inventory, String instanceId) {
        Stack stack = requireMigrated(inventory);
        ScalingGroupDrift holder = inventory.groups().stream()
                .filter(drift -> member(drift.group(), instanceId).isPresent()).findFirst()
                .orElseThrow(() -> new PlanRefusedException(instanceId + " is in no group of " + stack.name()
                        + " as last loaded; read the account again and try again."));
        return group(inventory, holder.group().name());
    }

    static Optional<AutoScalingInstance> member(AutoScalingGroup group, String instanceId) {
        return group.instances().stream().filter(instance -> instance.instanceId().equals(instanceId)).findFirst();
    }

    /** The instance's security groups as the analysis judged them, if it was checked. */
    static Optional<InstanceTemplateDrift> analysed(ScalingGroupDrift group, String instanceId) {
        return group.instances().stream().filter(instance -> instance.instanceId().equals(instanceId)).findFirst();
    }

    /**
     * Whether the stack holds the group: one of its CloudFormation stack's resources ({@code heldGroups}), with no
     * CloudFormation tag naming another stack; or, for a group on its own, the group itself (the stack's id is its
     * ARN).
     */
    static boolean belongs(Stack stack, Set<String> heldGroups, AutoScalingGroup group) {
        Optional<String> taggedStack = group.cloudFormationStackName();
        return switch (stack.kind()) {
            case OPSWORKS -> false;
            case CLOUDFORMATION -> heldGroups.contains(group.name())
                    && taggedStack.map(stack.name()::equals).orElse(true);
            case AUTO_SCALING_GROUP -> group.arn().equals(stack.id()) && taggedStack.isEmpty();
        };
    }

    /** The names of the Auto Scaling groups among a CloudFormation stack's resources. */
    static Set<String> heldGroups(List<StackResource> resources) {
        return resources.stream().filter(StackResource::isAutoScalingGroup).map(StackResource::physicalId)
                .collect(Collectors.toSet());
    }

    /** The stack's status and these groups as loaded, for re-verification. */
    static ScalingSnapshot snapshot(ScalingStackInventory inventory, List<ScalingGroupDrift> groups) {
        return new ScalingSnapshot(inventory.cloudFormationStack().map(CloudFormationStack::status),
                groups.stream().map(drift -> ScalingSnapshot.Group.of(drift.group())).collect(Collectors.toList()));
    }

    /** "launch template web-lt version 5", resolved when the analysis did, else as the group names it. */
    static String versionWords(ScalingGroupDrift group) {
        return group.instances().stream().map(InstanceTemplateDrift::usedNow).flatMap(Optional::stream).findFirst()
                .map(TemplateVersionRef::words)
                .orElseGet(() -> group.group().launchTemplateSpecs().stream().findFirst().map(ScalingTargets::words)
                        .orElse("its launch configuration"));
    }

    /** "launch template web-lt version $Latest": a spec as the group names it. */
    static String words(LaunchTemplateSpec spec) {
        return "launch template " + spec.templateName().or(spec::templateId).orElseThrow() + " version "
                + spec.version().orElse(LaunchTemplateSpec.DEFAULT);
    }

    private static Stack requireMigrated(ScalingStackInventory inventory) {
        Stack stack = inventory.stack();
        if (stack.isOpsWorks()) {
            throw new PlanRefusedException(stack.name() + " is an OpsWorks stack; it has no Auto Scaling groups.");
        }
        return stack;
    }
}
