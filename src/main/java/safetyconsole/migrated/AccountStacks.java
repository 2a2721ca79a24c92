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
 * migrated off OpsWorks (and other CloudFormation stacks and groups on launch templates) of each region chosen (by
 * default its endpoint region). Each family, and each region, is read on its own; what one cannot read becomes a
 * {@link ServiceNotice}, never a failed connection. Only OpsWorks failing for another reason than its absence still
 * fails, as it always did. {@code regions}: the regions whose migrated stacks were asked for, in the order read.
 */
public record AccountStacks(List<Stack> stacks, List<ServiceNotice> notices, List<String> regions) {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStacks.class);

    public AccountStacks {
        stacks = List.copyOf(stacks);
        notices = List.copyOf(notices);
        regions = List.copyOf(regions);
    }

    /** The migrated stacks of the account's endpoint region only. Blocking: call it off the FX thread. */
    public static AccountStacks read(CloudAccount account) {
        return read(account, List.of());
    }

    /**
     * The migrated stacks of each of {@code regions} (none: the endpoint region), one after the other: a region
     * that cannot be read is a notice naming it, the others are listed. Blocking: call it off the FX thread.
     */
    public static AccountStacks read(CloudAccount account, List<String> regions) {
        List<String> chosen = regions.isEmpty() ? List.of(account.endpointRegion()) : regions;
        StackDiscovery opsWorks = StackDiscovery.read(account);
        List<ServiceNotice> notices = new ArrayList<>();
        opsWorks.unavailable().stream().map(ServiceNotice::notOffered).forEach(notices::add);
        List<Stack> stacks = new ArrayList<>(opsWorks.stacks());
        for (String region : chosen) {
            RegionRead read = new RegionRead(account.scalingGroups(), region, chosen.size() > 1, notices);
            stacks.addAll(read.migrated());
        }
        return new AccountStacks(stacks, notices, chosen);
    }

    /** Whether anything went unchecked (the check counts it as a finding). */
    public List<ServiceNotice> unchecked() {
        return notices.stream().filter(ServiceNotice::leavesSomethingUnchecked).toList();
    }

    /**
     * The migrated stacks of one region. With several regions read, a region whose stacks or groups cannot be listed
     * is named in its notice ({@code severalRegions}); alone, the notice stays the service's, as it was before regions.
     */
    private record RegionRead(ScalingGroupReads reads, String region, boolean severalRegions,
                              List<ServiceNotice> notices) {

        List<Stack> migrated() {
            Optional<List<CloudFormationStack>> cloudFormation = whole(OptionalService.CLOUDFORMATION,
                    () -> reads.describeCloudFormationStacks(region));
            Optional<List<AutoScalingGroup>> groups = cloudFormation.isEmpty() ? Optional.empty()
                    : whole(OptionalService.AUTO_SCALING, () -> reads.describeAutoScalingGroups(region));
            if (groups.isEmpty()) {
                return List.of();
            }
            Map<String, List<StackResource>> resources = resources(cloudFormation.get(), groups.get());
            return MigratedStackDiscovery.discover(cloudFormation.get(), resources, groups.get(),
                    applications(cloudFormation.get()));
        }

        /** All of one service's list, or a notice of why not. */
        private <T> Optional<List<T>> whole(OptionalService service, Supplier<List<T>> read) {
            return WholeList.read(read, e -> {
                LOG.warn("{} not read in {}", service.label(), region, e);
                notices.add(notice(service, e));
            });
        }

        /** Resource Groups only groups the stacks (by name without it), so its failure never names a region. */
        private ServiceNotice notice(OptionalService service, CloudException e) {
            if (!severalRegions || service == OptionalService.RESOURCE_GROUPS) {
                return ServiceNotice.failed(service, e);
            }
            return ServiceNotice.itemFailed(service, "the migrated stacks in " + region + " (" + service.label()
                    + " could not be read there)", e);
        }

        /**
         * CloudFormation tags the groups it makes with their stack's name, so resources are read only while a group
         * lacks that tag (an emulator's, or one made by hand), and only of the stacks no group's tag names.
         */
        private Map<String, List<StackResource>> resources(List<CloudFormationStack> cloudFormation,
                                                           List<AutoScalingGroup> groups) {
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
                            + " CloudFormation stack " + stack.name()
                            + " (a group it holds may be listed on its own)", e));
                }
            }
            return resources;
        }

        /** Application Manager applications group migrated layers exactly; without them, names group them. */
        private List<String> applications(List<CloudFormationStack> cloudFormation) {
            if (cloudFormation.stream().noneMatch(stack -> OpsWorksNames.mayBeMigrated(stack.name()))) {
                return List.of();
            }
            return whole(OptionalService.RESOURCE_GROUPS, () -> reads.listResourceGroupNames(region))
                    .orElse(List.of());
        }
    }
}
