package safetyconsole.migrated;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import safetyconsole.cloud.CloudAccount;
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

    private final CloudAccount account;
    private final ScalingGroupReads reads;
    private final Clock clock;

    /** @param account its Auto Scaling reads, and its VPCs' security groups for names no instance gives */
    public ScalingStackLoader(CloudAccount account, Clock clock) {
        this(account, account.scalingGroups(), clock);
    }

    private ScalingStackLoader(CloudAccount account, ScalingGroupReads reads, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.reads = reads;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A loader for one refresh of many stacks, whose calls grow with pages and templates, not with stacks: the
     * region's groups and CloudFormation stacks listed once, EC2 in batches of 1,000 over all groups, each template
     * and version read once ({@link OneRefreshReads}). It answers from what it read: one refresh, then drop it.
     */
    public ScalingStackLoader forOneRefresh() {
        return new ScalingStackLoader(account, new OneRefreshReads(reads), clock);
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
                        () -> reads.describeCloudFormationStack(region, stack.id()), unread)
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
                unread, securityGroupNames(region, drifts, ec2ById.values()));
    }

    /**
     * The names the instances give their groups, and those of the groups they lack that none of them has (a
     * template's new group) from their VPCs' security groups: one read per VPC, only when needed. A VPC that cannot
     * be read leaves its groups named by id.
     */
    private SecurityGroupNames securityGroupNames(String region, List<ScalingGroupDrift> drifts,
                                                  Collection<Ec2Instance> instances) {
        Map<String, String> names = new HashMap<>(ScalingStackInventory.namesOnInstances(instances));
        Set<String> unnamed = drifts.stream().flatMap(group -> group.instances().stream())
                .flatMap(instance -> instance.missing().stream())
                .filter(id -> !names.containsKey(id)).collect(Collectors.toSet());
        Set<String> vpcs = unnamed.isEmpty() ? Set.of() : instances.stream().map(Ec2Instance::vpcId)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        for (String vpc : vpcs) {
            try {
                account.describeSecurityGroups(region, vpc).stream().filter(group -> unnamed.contains(group.id()))
                        .forEach(group -> names.put(group.id(), group.name()));
            } catch (CloudException e) {
                LOG.warn("Security groups of {} not read; named by id", vpc, e);
            }
        }
        return new SecurityGroupNames(names);
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
