package safetyconsole.cloud;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the console reads about Auto Scaling groups on launch templates (the stacks migrated off OpsWorks), apart
 * from the OpsWorks {@link CloudAccount}: each provider family is read on its own. Blocking, safe to call from
 * several threads; every failure is a {@link CloudException} with its kind.
 */
public interface ScalingGroupReads {

    /** Every Auto Scaling group of {@code region}, with its instances, over all pages. */
    List<AutoScalingGroup> describeAutoScalingGroups(String region);

    /** One group by name, for re-verification right before a change; empty when it is gone. */
    Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName);

    /** The launch template {@code spec} names (by id, else by name); its version does not matter here. */
    LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec);

    /** One version of a launch template, with the security groups it gives new instances. */
    LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long versionNumber);

    /**
     * Several versions of one launch template, in the order asked: one request where the provider can (EC2 takes a
     * list of versions), so a refresh costs one version read per template, whatever the versions its groups use.
     *
     * @throws CloudException as {@link #describeLaunchTemplateVersion} when any of them cannot be read
     */
    default List<LaunchTemplateVersion> describeLaunchTemplateVersions(String region, String templateId,
                                                                      Collection<Long> versionNumbers) {
        return versionNumbers.stream().map(number -> describeLaunchTemplateVersion(region, templateId, number))
                .toList();
    }

    /**
     * EC2's view of at most {@link CloudAccount#MAX_EC2_IDS_PER_CALL} instances, with their tags; ids EC2 no
     * longer knows are simply absent from the result.
     */
    List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds);

    /** The instance refreshes of a group, newest first as Auto Scaling lists them. */
    List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName);

    /**
     * The activity history of a group, newest first, over all pages: what Auto Scaling keeps (six weeks), deleted
     * groups included ({@code IncludeDeletedGroups}).
     */
    List<ScalingActivity> describeScalingActivities(String region, String groupName);

    /** Every CloudFormation stack of {@code region} (deleted ones left out), over all pages. */
    List<CloudFormationStack> describeCloudFormationStacks(String region);

    /**
     * One CloudFormation stack by name or ARN, for loading or re-verifying one stack; empty when it is gone or
     * deleted. Picked from the listing here, which costs nothing in memory; a provider that pays per page answers
     * it with one request.
     */
    default Optional<CloudFormationStack> describeCloudFormationStack(String region, String stackNameOrId) {
        return describeCloudFormationStacks(region).stream()
                .filter(stack -> stack.id().equals(stackNameOrId) || stack.name().equals(stackNameOrId)).findFirst();
    }

    /** The resources of one CloudFormation stack (by name or ARN). */
    List<StackResource> describeStackResources(String region, String stackName);

    /**
     * The names of the Resource Groups groups of {@code region}: Application Manager applications among them
     * ({@code app-<stack>-<id6>} for a migrated OpsWorks stack).
     *
     * @throws CloudException of kind {@link CloudException.Kind#SERVICE_UNAVAILABLE_HERE} naming
     *                        {@link OptionalService#RESOURCE_GROUPS} when the account does not offer it
     */
    List<String> listResourceGroupNames(String region);
}
