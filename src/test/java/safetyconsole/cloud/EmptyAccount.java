package safetyconsole.cloud;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A test account that has nothing: subclasses override just the reads their test is about. */
public class EmptyAccount implements CloudAccount, ScalingGroupReads {

    private final String description;
    private final CallerIdentity caller;

    public EmptyAccount(String description, CallerIdentity caller) {
        this.description = description;
        this.caller = caller;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public CallerIdentity callerIdentity() {
        return caller;
    }

    @Override
    public Optional<String> accountAlias() {
        return Optional.empty();
    }

    @Override
    public String endpointRegion() {
        return "us-east-1";
    }

    @Override
    public List<Stack> describeStacks() {
        return List.of();
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        return List.of();
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        return List.of();
    }

    @Override
    public List<App> describeApps(String stackId) {
        return List.of();
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds) {
        return List.of();
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        return List.of();
    }

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        return List.of();
    }

    @Override
    public ScalingGroupReads scalingGroups() {
        return this;
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
        return List.of();
    }

    @Override
    public Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
        return Optional.empty();
    }

    @Override
    public LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec) {
        throw new CloudException(CloudException.Kind.NOT_FOUND, "No launch template " + spec);
    }

    @Override
    public LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long versionNumber) {
        throw new CloudException(CloudException.Kind.NOT_FOUND, "No launch template " + templateId);
    }

    @Override
    public List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds) {
        return List.of();
    }

    @Override
    public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
        return List.of();
    }

    @Override
    public List<CloudFormationStack> describeCloudFormationStacks(String region) {
        return List.of();
    }

    @Override
    public List<StackResource> describeStackResources(String region, String stackName) {
        return List.of();
    }

    @Override
    public List<String> listResourceGroupNames(String region) {
        return List.of();
    }

    @Override
    public List<ScalingActivity> describeScalingActivities(String region, String groupName) {
        return List.of();
    }

    @Override
    public SystemsManagerReads systemsManager() {
        throw new UnsupportedOperationException("no Systems Manager in an empty account");
    }
}
