package safetyconsole.cloud.aws;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.resourcegroups.model.GroupIdentifier;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.TaggedEc2Instance;

/**
 * Auto Scaling, EC2 launch templates, CloudFormation and Resource Groups through the SDK, in the region asked
 * for. The clients are made on first use, so an account that never reads them does not pay for them at start-up.
 * A paginator calls AWS while it is iterated, so each whole iteration is the call whose failure becomes a
 * {@link CloudException}.
 */
final class AwsScalingGroupReads implements ScalingGroupReads {

    /** DescribeScalingActivities returns at most this many activities a page. */
    static final int MAX_ACTIVITIES = 100;

    private final AwsClients clients;
    private final AwsRequests requests;

    AwsScalingGroupReads(AwsClients clients, AwsRequests requests) {
        this.clients = clients;
        this.requests = requests;
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
        return requests.call("autoscaling:DescribeAutoScalingGroups", "in " + region, () -> clients
                .autoScaling(region).describeAutoScalingGroupsPaginator(r -> { }).autoScalingGroups().stream()
                .map(group -> AutoScalingMapping.group(group, region)).toList());
    }

    @Override
    public LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec) {
        String named = spec.templateId().orElseGet(() -> spec.templateName().orElseThrow());
        List<LaunchTemplate> found = requests.call("ec2:DescribeLaunchTemplates", named + " in " + region,
                () -> clients.ec2(region).describeLaunchTemplates(r -> {
                    spec.templateId().ifPresentOrElse(r::launchTemplateIds, () -> r.launchTemplateNames(named));
                }).launchTemplates().stream().map(AutoScalingMapping::template).toList());
        if (found.isEmpty()) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "launch template " + named + " in " + region);
        }
        return found.get(0);
    }

    @Override
    public LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long versionNumber) {
        return describeLaunchTemplateVersions(region, templateId, List.of(versionNumber)).get(0);
    }

    /** One DescribeLaunchTemplateVersions for all of them; EC2 refuses the whole request if one is gone. */
    @Override
    public List<LaunchTemplateVersion> describeLaunchTemplateVersions(String region, String templateId,
                                                                     Collection<Long> versionNumbers) {
        List<String> asked = versionNumbers.stream().map(number -> Long.toString(number)).toList();
        Map<Long, LaunchTemplateVersion> found = requests.call("ec2:DescribeLaunchTemplateVersions",
                templateId + " versions " + String.join(", ", asked) + " in " + region,
                () -> clients.ec2(region).describeLaunchTemplateVersionsPaginator(r -> r.launchTemplateId(templateId)
                        .versions(asked)).launchTemplateVersions().stream().map(AutoScalingMapping::version)
                        .collect(Collectors.toMap(LaunchTemplateVersion::versionNumber, Function.identity(),
                                (a, b) -> a)));
        return versionNumbers.stream().map(number -> Optional.ofNullable(found.get(number))
                .orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND,
                        "launch template " + templateId + " version " + number + " in " + region))).toList();
    }

    @Override
    public List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds) {
        return Ec2InstancesById.read(clients, requests, region, instanceIds, AutoScalingMapping::taggedInstance);
    }

    @Override
    public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
        return requests.call("autoscaling:DescribeInstanceRefreshes", "of group " + groupName + " in " + region,
                () -> clients.autoScaling(region).describeInstanceRefreshesPaginator(r -> r
                        .autoScalingGroupName(groupName)).stream()
                        .flatMap(page -> page.instanceRefreshes().stream()).map(AutoScalingMapping::refresh)
                        .toList());
    }

    @Override
    public Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
        return AutoScalingGroupsByName.read(clients, requests, region, groupName)
                .map(group -> AutoScalingMapping.group(group, region));
    }

    /** DescribeStacks lists deleted stacks only by ARN; they are left out here all the same. */
    @Override
    public List<CloudFormationStack> describeCloudFormationStacks(String region) {
        return requests.call("cloudformation:DescribeStacks", "in " + region, () -> clients.cloudFormation(region)
                .describeStacksPaginator(r -> { }).stacks().stream()
                .map(stack -> CloudFormationMapping.stack(stack, region))
                .filter(stack -> !stack.isDeleted()).toList());
    }

    /** One DescribeStacks by name or ARN instead of every page of the region's stacks. */
    @Override
    public Optional<CloudFormationStack> describeCloudFormationStack(String region, String stackNameOrId) {
        return requests.call("cloudformation:DescribeStacks", stackNameOrId + " in " + region,
                () -> OwningStacks.unlessNoSuchStack(() -> clients.cloudFormation(region)
                        .describeStacks(r -> r.stackName(stackNameOrId)).stacks().stream()
                        .map(stack -> CloudFormationMapping.stack(stack, region))
                        .filter(stack -> !stack.isDeleted()).findFirst()));
    }

    /** ListStackResources rather than DescribeStackResources, which stops at 100 resources and has no pages. */
    @Override
    public List<StackResource> describeStackResources(String region, String stackName) {
        return requests.call("cloudformation:ListStackResources", "of stack " + stackName + " in " + region,
                () -> clients.cloudFormation(region).listStackResourcesPaginator(r -> r.stackName(stackName))
                        .stackResourceSummaries().stream().map(CloudFormationMapping::resource).toList());
    }

    @Override
    public List<String> listResourceGroupNames(String region) {
        return requests.callOptional(OptionalService.RESOURCE_GROUPS, "resource-groups:ListGroups", "in " + region,
                () -> clients.resourceGroups(region).listGroupsPaginator(r -> { }).stream()
                        .flatMap(page -> page.groupIdentifiers().stream()).map(GroupIdentifier::groupName).toList());
    }

    /** Pages of 100 (the most AWS gives), deleted groups included: a group CloudFormation replaced still tells. */
    @Override
    public List<ScalingActivity> describeScalingActivities(String region, String groupName) {
        return requests.call("autoscaling:DescribeScalingActivities", "of group " + groupName + " in " + region,
                () -> clients.autoScaling(region).describeScalingActivitiesPaginator(r -> r
                        .autoScalingGroupName(groupName).includeDeletedGroups(true).maxRecords(MAX_ACTIVITIES))
                        .activities().stream().flatMap(a -> AutoScalingMapping.activity(a, groupName).stream())
                        .toList());
    }
}
