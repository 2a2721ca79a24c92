package safetyconsole.migrated;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFacts;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.TaggedEc2Instance;

/**
 * Reads one stack of the migrated kinds ({@link Stack#kind()} not OPSWORKS) into a {@link ScalingStackInventory}:
 * its CloudFormation stack and resources, its groups' facts and their analysis. Blocking; call it off the FX thread.
 * A group or the stack's status that cannot be read is NOT CHECKED ({@link ScalingStackInventory#unread()}); the
 * others are read all the same.
 */
public final class ScalingStackLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ScalingStackLoader.class);

    private final ScalingGroupReads reads;
    private final Clock clock;

    public ScalingStackLoader(ScalingGroupReads reads, Clock clock) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws safetyconsole.cloud.CloudException when the stack's groups cannot be listed at all */
    public ScalingStackInventory load(Stack stack) {
        if (stack.isOpsWorks()) {
            throw new IllegalArgumentException(stack.name() + " is an OpsWorks stack");
        }
        String region = stack.region();
        List<ServiceNotice> unread = new ArrayList<>();
        boolean cloudFormation = stack.kind() == StackKind.CLOUDFORMATION;
        List<StackResource> resources = cloudFormation ? reads.describeStackResources(region, stack.id()) : List.of();
        Optional<CloudFormationStack> cloudFormationStack = cloudFormation
                ? readOne(OptionalService.CLOUDFORMATION, "the status of CloudFormation stack " + stack.name(),
                        () -> reads.describeCloudFormationStacks(region).stream()
                                .filter(listed -> listed.id().equals(stack.id())).findFirst(), unread)
                : Optional.empty();
        Set<String> groupNames = cloudFormation
                ? resources.stream().filter(StackResource::isAutoScalingGroup).map(StackResource::physicalId)
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                : Set.of(stack.name());
        List<AutoScalingGroup> groups = new ArrayList<>();
        for (String name : groupNames) {
            readOne(OptionalService.AUTO_SCALING, "Auto Scaling group " + name,
                    () -> reads.describeAutoScalingGroup(region, name), unread).ifPresent(groups::add);
        }
        groups.sort(Comparator.comparing(AutoScalingGroup::name));
        List<ScalingGroupFacts> facts = new ScalingGroupFactsReader(reads).read(region, groups);
        List<ScalingGroupDrift> drifts = facts.stream().map(ScalingGroupDriftAnalyzer::analyze).toList();
        Map<String, Ec2Instance> ec2ById = facts.stream().flatMap(fact -> fact.ec2Instances().stream())
                .map(TaggedEc2Instance::instance)
                .collect(Collectors.toMap(Ec2Instance::id, Function.identity(), (a, b) -> a));
        return new ScalingStackInventory(stack, cloudFormationStack, resources, drifts, ec2ById, clock.instant(),
                unread);
    }

    /** One item, or why it is NOT CHECKED: gone, or unreadable. */
    private static <T> Optional<T> readOne(OptionalService service, String what, Supplier<Optional<T>> read,
                                           List<ServiceNotice> unread) {
        try {
            Optional<T> found = read.get();
            if (found.isEmpty()) {
                unread.add(ServiceNotice.itemFailed(service, what,
                        new CloudException(CloudException.Kind.NOT_FOUND, "No " + what)));
            }
            return found;
        } catch (CloudException e) {
            LOG.warn("{} not read", what, e);
            unread.add(ServiceNotice.itemFailed(service, what, e));
            return Optional.empty();
        }
    }
}
