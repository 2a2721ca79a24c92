package safetyconsole.migrated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.cloud.StackResource;

/**
 * Which stacks one region's CloudFormation stacks and Auto Scaling groups make (decision 0024): a CloudFormation
 * stack holding a group (a resource of it, or a group tagged with its name) is a stack, migrated off OpsWorks when
 * its name says so ({@link OpsWorksNames}); a group that no listed stack holds and that names no stack in its tags
 * is a stack of its own. Stacks holding no group are left out. Pure: the reads are {@link AccountStacks}'s.
 */
final class MigratedStackDiscovery {

    /** The tag keys AWS keeps for itself: bookkeeping that differs from group to group, never an environment. */
    private static final String AWS_PREFIX = "aws:";
    /** Auto Scaling's creation time of a group is not read, and nothing shows a stack's. */
    private static final Instant CREATION_NOT_READ = Instant.EPOCH;

    /** Stacks migrated off OpsWorks first, by old stack and layer; the others by name. */
    private static final Comparator<Stack> ORDER = Comparator
            .comparing((Stack stack) -> stack.migratedFrom().isEmpty())
            .thenComparing(stack -> stack.migratedFrom().map(OpsWorksOrigin::stackName).orElse(""))
            .thenComparing(stack -> stack.migratedFrom().map(OpsWorksOrigin::stackIdPrefix).orElse(""))
            .thenComparing(stack -> stack.migratedFrom().flatMap(OpsWorksOrigin::layerName).orElse(""))
            .thenComparing(Stack::name)
            .thenComparing(Stack::id);

    private MigratedStackDiscovery() {
    }

    /**
     * @param resources each CloudFormation stack's resources by stack name; a stack absent here is placed by its
     *                  groups' tags alone (its resources were not needed, or could not be read)
     * @param applications the region's Resource Groups names (empty without Resource Groups)
     */
    static List<Stack> discover(List<CloudFormationStack> cloudFormation, Map<String, List<StackResource>> resources,
                                List<AutoScalingGroup> groups, List<String> applications) {
        Map<String, AutoScalingGroup> groupsByName = new HashMap<>();
        groups.forEach(group -> groupsByName.putIfAbsent(group.name(), group));
        List<CloudFormationStack> holding = new ArrayList<>();
        Map<String, List<AutoScalingGroup>> held = new HashMap<>();
        for (CloudFormationStack stack : cloudFormation.stream().filter(stack -> !stack.isDeleted()).toList()) {
            List<AutoScalingGroup> itsGroups = heldBy(stack, resources.getOrDefault(stack.name(), List.of()), groups,
                    groupsByName);
            if (!itsGroups.isEmpty()) {
                holding.add(stack);
                held.put(stack.id(), itsGroups);
            }
        }
        Map<String, OpsWorksOrigin> origins = OpsWorksNames.origins(
                holding.stream().map(CloudFormationStack::name).toList(), applications);
        List<Stack> stacks = new ArrayList<>();
        for (CloudFormationStack stack : holding) {
            stacks.add(Stack.migrated(StackKind.CLOUDFORMATION, stack.id(), stack.name(), stack.region(),
                    tags(stack.tags(), held.get(stack.id())), stack.createdAt(),
                    Optional.ofNullable(origins.get(stack.name()))));
        }
        Set<String> owned = held.values().stream().flatMap(List::stream).map(AutoScalingGroup::name)
                .collect(Collectors.toSet());
        groups.stream().filter(group -> !owned.contains(group.name()) && group.cloudFormationStackName().isEmpty())
                .map(group -> Stack.migrated(StackKind.AUTO_SCALING_GROUP, group.arn(), group.name(), group.region(),
                        tags(Map.of(), List.of(group)), CREATION_NOT_READ, Optional.empty()))
                .forEach(stacks::add);
        stacks.sort(ORDER);
        return stacks;
    }

    private static List<AutoScalingGroup> heldBy(CloudFormationStack stack, List<StackResource> resources,
                                                 List<AutoScalingGroup> groups,
                                                 Map<String, AutoScalingGroup> groupsByName) {
        Set<AutoScalingGroup> held = new LinkedHashSet<>();
        resources.stream().filter(StackResource::isAutoScalingGroup)
                .map(resource -> groupsByName.get(resource.physicalId())).filter(Objects::nonNull)
                .forEach(held::add);
        groups.stream().filter(group -> group.cloudFormationStackName().filter(stack.name()::equals).isPresent())
                .forEach(held::add);
        return List.copyOf(held);
    }

    /**
     * The stack's own tags win; its groups' tags fill in, a key on which they disagree is left out (the name and
     * the other tags still classify it, and UNCLASSIFIED is protected like production). {@code aws:} keys are left
     * out too.
     */
    private static Map<String, String> tags(Map<String, String> stackTags, List<AutoScalingGroup> groups) {
        Map<String, String> merged = new HashMap<>();
        Set<String> disputed = new HashSet<>();
        for (AutoScalingGroup group : groups) {
            group.tags().forEach((key, value) -> {
                String before = merged.putIfAbsent(key, value);
                if (before != null && !before.equals(value)) {
                    disputed.add(key);
                }
            });
        }
        disputed.forEach(merged::remove);
        merged.putAll(stackTags);
        merged.keySet().removeIf(key -> key.startsWith(AWS_PREFIX));
        return merged;
    }
}
