package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.StackKind;

/**
 * Re-verification of plans on migrated stacks: the CloudFormation stack and the plan's groups read again and
 * compared with what the plan saw. Each difference is one sentence; any one aborts the plan.
 */
final class LiveScalingStack {

    private LiveScalingStack() {
    }

    /** The stack, and each group of the plan with its desired capacity, instances and launch template specs. */
    static List<String> asPlanned(ScalingPlan<?> plan, ScalingGroupReads reads) {
        List<String> changes = new ArrayList<>(stackChanges(plan, reads));
        if (!changes.isEmpty()) {
            return changes;
        }
        Set<String> held = heldGroups(plan, reads);
        for (ScalingSnapshot.Group planned : plan.asPlanned().groups()) {
            live(plan, held, planned.name(), reads, changes)
                    .ifPresent(group -> changes.addAll(differences(planned, group)));
        }
        return changes;
    }

    /** A CloudFormation stack must still exist, in the status the plan saw. */
    static List<String> stackChanges(ScalingPlan<?> plan, ScalingGroupReads reads) {
        if (plan.stack().kind() != StackKind.CLOUDFORMATION) {
            return List.of();
        }
        String name = plan.stack().name();
        Optional<CloudFormationStack> live = reads.describeCloudFormationStack(plan.region(), plan.stack().id());
        if (live.isEmpty()) {
            return List.of("CloudFormation stack " + name + " no longer exists.");
        }
        String now = live.get().status();
        return plan.asPlanned().stackStatus().filter(planned -> !planned.equals(now))
                .map(planned -> List.of("CloudFormation stack " + name + " was " + planned + " when planned and is now "
                        + now + "."))
                .orElse(List.of());
    }

    /** The groups the plan's CloudFormation stack holds now; none for a group on its own. */
    static Set<String> heldGroups(ScalingPlan<?> plan, ScalingGroupReads reads) {
        return plan.stack().kind() == StackKind.CLOUDFORMATION
                ? ScalingTargets.heldGroups(reads.describeStackResources(plan.region(), plan.stack().id()))
                : Set.of();
    }

    /**
     * The group as it is now, when it still exists in the plan's stack ({@code held}: {@link #heldGroups});
     * otherwise the sentence is added.
     */
    static Optional<AutoScalingGroup> live(ScalingPlan<?> plan, Set<String> held, String groupName,
                                           ScalingGroupReads reads, List<String> changes) {
        Optional<AutoScalingGroup> live = reads.describeAutoScalingGroup(plan.region(), groupName);
        if (live.isEmpty()) {
            changes.add("Group " + groupName + " no longer exists.");
            return Optional.empty();
        }
        if (!ScalingTargets.belongs(plan.stack(), held, live.get())) {
            changes.add("Group " + groupName + " no longer belongs to " + plan.stack().name() + ".");
            return Optional.empty();
        }
        return live;
    }

    private static List<String> differences(ScalingSnapshot.Group planned, AutoScalingGroup live) {
        List<String> changes = new ArrayList<>();
        String name = planned.name();
        if (live.desiredCapacity() != planned.desiredCapacity()) {
            changes.add("Group " + name + "'s desired capacity was " + planned.desiredCapacity()
                    + " when planned and is now " + live.desiredCapacity() + ".");
        }
        Set<String> now = ScalingSnapshot.Group.instanceIds(live);
        if (!now.equals(planned.instanceIds())) {
            List<String> parts = new ArrayList<>();
            List<String> gone = planned.instanceIds().stream().filter(id -> !now.contains(id)).sorted().toList();
            List<String> added = now.stream().filter(id -> !planned.instanceIds().contains(id)).toList();
            if (!gone.isEmpty()) {
                parts.add(String.join(", ", gone) + " gone");
            }
            if (!added.isEmpty()) {
                parts.add(String.join(", ", added) + " new");
            }
            changes.add("Group " + name + "'s instances changed since the plan: " + String.join("; ", parts) + ".");
        }
        if (!live.launchTemplateSpecs().equals(planned.specs())) {
            changes.add("Group " + name + " now launches from " + words(live.launchTemplateSpecs()) + ", not "
                    + words(planned.specs()) + ".");
        }
        return changes;
    }

    private static String words(List<LaunchTemplateSpec> specs) {
        return specs.isEmpty() ? "a launch configuration"
                : specs.stream().map(ScalingTargets::words).collect(Collectors.joining(", "));
    }
}
