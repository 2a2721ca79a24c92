package safetyconsole.migrated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackDiscovery;
import safetyconsole.cloud.StackResource;

/**
 * Every stack an account shows, what the window lists and the check checks: its OpsWorks stacks, then the stacks
 * migrated off OpsWorks (and other CloudFormation stacks and groups on launch templates) of its endpoint region.
 * Each family is read on its own; what one cannot read becomes a {@link ServiceNotice}, never a failed connection.
 * Only OpsWorks failing for another reason than its absence still fails, as it always did.
 */
public record AccountStacks(List<Stack> stacks, List<ServiceNotice> notices) {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStacks.class);

    public AccountStacks {
        stacks = List.copyOf(stacks);
        notices = List.copyOf(notices);
    }

    /** Blocking: call it off the FX thread. */
    public static AccountStacks read(CloudAccount account) {
        StackDiscovery opsWorks = StackDiscovery.read(account);
        List<ServiceNotice> notices = new ArrayList<>();
        opsWorks.unavailable().stream().map(ServiceNotice::notOffered).forEach(notices::add);
        List<Stack> stacks = new ArrayList<>(opsWorks.stacks());
        stacks.addAll(migrated(account.scalingGroups(), account.endpointRegion(), notices));
        return new AccountStacks(stacks, notices);
    }

    /** Whether anything went unchecked (the check counts it as a finding). */
    public List<ServiceNotice> unchecked() {
        return notices.stream().filter(ServiceNotice::leavesSomethingUnchecked).toList();
    }

    private static List<Stack> migrated(ScalingGroupReads reads, String region, List<ServiceNotice> notices) {
        Optional<List<CloudFormationStack>> cloudFormation = whole(OptionalService.CLOUDFORMATION,
                () -> reads.describeCloudFormationStacks(region), notices);
        Optional<List<AutoScalingGroup>> groups = cloudFormation.isEmpty() ? Optional.empty()
                : whole(OptionalService.AUTO_SCALING, () -> reads.describeAutoScalingGroups(region), notices);
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, List<StackResource>> resources = resources(reads, region, cloudFormation.get(), groups.get(),
                notices);
        return MigratedStackDiscovery.discover(cloudFormation.get(), resources, groups.get(),
                applications(reads, region, cloudFormation.get(), notices));
    }

    /** All of one service's list, or a notice of why not. */
    private static <T> Optional<List<T>> whole(OptionalService service, Supplier<List<T>> read,
                                               List<ServiceNotice> notices) {
        try {
            return Optional.of(read.get());
        } catch (CloudException e) {
            LOG.warn("{} not read", service.label(), e);
            notices.add(ServiceNotice.failed(service, e));
            return Optional.empty();
        }
    }

    /**
     * CloudFormation tags the groups it makes with their stack's name, so resources are read only while a group
     * lacks that tag (an emulator's, or one made by hand), and only of the stacks no group's tag names.
     */
    private static Map<String, List<StackResource>> resources(ScalingGroupReads reads, String region,
                                                              List<CloudFormationStack> cloudFormation,
                                                              List<AutoScalingGroup> groups,
                                                              List<ServiceNotice> notices) {
        Map<String, List<StackResource>> resources = new HashMap<>();
        if (groups.stream().allMatch(group -> group.cloudFormationStackName().isPresent())) {
            return resources;
        }
        Set<String> named = groups.stream().flatMap(group -> group.cloudFormationStackName().stream())
                .collect(Collectors.toSet());
        for (CloudFormationStack stack : cloudFormation) {
            if (stack.isDeleted() || named.contains(stack.name())) {
                continue;
            }
            try {
                resources.put(stack.name(), reads.describeStackResources(region, stack.id()));
            } catch (CloudException e) {
                LOG.warn("Resources of CloudFormation stack {} not read", stack.name(), e);
                notices.add(ServiceNotice.itemFailed(OptionalService.CLOUDFORMATION, "the resources of"
                        + " CloudFormation stack " + stack.name() + " (a group it holds may be listed on its own)",
                        e));
            }
        }
        return resources;
    }

    /** Application Manager applications group migrated layers exactly; without them, names group them. */
    private static List<String> applications(ScalingGroupReads reads, String region,
                                             List<CloudFormationStack> cloudFormation, List<ServiceNotice> notices) {
        if (cloudFormation.stream().noneMatch(stack -> OpsWorksNames.mayBeMigrated(stack.name()))) {
            return List.of();
        }
        return whole(OptionalService.RESOURCE_GROUPS, () -> reads.listResourceGroupNames(region), notices)
                .orElse(List.of());
    }
}
