package safetyconsole.cloud.aws;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.opsworks.model.ListTagsResponse;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.App;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Futures;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.SystemsManagerReads;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/**
 * A real AWS account through the SDK: OpsWorks in the endpoint region, EC2 and CloudTrail in each stack's own
 * region, STS for who we are. Every SDK failure leaves as a {@link CloudException}; every mutation first finds
 * where its target really is and checks the {@link Confirmation} covers it ({@link AwsWrites}). Close it to
 * close the clients.
 */
public final class AwsAccount implements AccountConnector.Connection {

    private final AwsTarget target;
    private final AwsClients clients;
    private final AwsRequests requests;
    /** Small per-item reads (tags per stack, the alias) run side by side on it; shut down with the account. */
    private final ExecutorService sideReads;
    private final AwsIdentity identity;
    private final TrailLookup trail;
    private final AwsWrites writes;
    private final AwsScalingGroupReads scalingGroups;
    private final AwsSystemsManagerReads systemsManager;

    AwsAccount(AwsTarget target, AwsProfiles profiles, MfaPrompt mfa, Clock clock, Supplier<RequestPacer> newPacer,
               ExecutorService sideReads) {
        this.target = target;
        this.sideReads = sideReads;
        String profileName = target.profile().orElse(profiles.defaultProfileName());
        Optional<String> ssoProfile = profiles.summary(profileName).filter(AwsProfiles.Summary::sso)
                .map(AwsProfiles.Summary::name);
        this.requests = new AwsRequests(ssoProfile);
        try {
            this.clients = new AwsClients(target, profiles, mfa);
        } catch (RuntimeException e) {
            sideReads.shutdownNow();
            throw AwsErrors.translate(AwsCall.setup("Setting up AWS clients"), e, ssoProfile);
        }
        this.identity = new AwsIdentity(clients, requests, sideReads);
        this.trail = new TrailLookup(clients, requests, newPacer);
        this.writes = new AwsWrites(clients, requests, clock);
        this.scalingGroups = new AwsScalingGroupReads(clients, requests);
        this.systemsManager = new AwsSystemsManagerReads(clients, requests);
    }

    /**
     * Connects as the AWS CLI would with this profile and region; nothing is called until the first read.
     * {@code sideReads} bounds how many small reads run at once; the account shuts it down when closed.
     */
    public static AwsAccount connect(AwsTarget target, AwsProfiles profiles, MfaPrompt mfa, Clock clock,
                                     ExecutorService sideReads) {
        return new AwsAccount(target, profiles, mfa, clock, () -> RequestPacer.perSecond(2), sideReads);
    }

    @Override
    public String description() {
        return "AWS " + target.profile().map(p -> "profile " + p).orElse("default credentials") + " \u00b7 "
                + target.region() + (target.endpoints().isEmpty() ? "" : " (custom endpoint)");
    }

    @Override
    public CallerIdentity callerIdentity() {
        return identity.callerIdentity();
    }

    @Override
    public Optional<String> accountAlias() {
        return identity.accountAlias();
    }

    @Override
    public String endpointRegion() {
        return target.region();
    }

    /**
     * The stacks with their tags (which classify them): one ListTags per stack, a few at a time.
     *
     * @throws CloudException of kind SERVICE_UNAVAILABLE_HERE when the account does not offer OpsWorks Stacks
     */
    @Override
    public List<Stack> describeStacks() {
        // The first OpsWorks read of a connection: on an account without OpsWorks (every account since its end of
        // life) it fails at once as SERVICE_UNAVAILABLE_HERE, which the callers take as "no OpsWorks stacks".
        var response = requests.callOptional(OptionalService.OPSWORKS_STACKS, "opsworks:DescribeStacks", "",
                () -> clients.opsWorksDiscovery().describeStacks(r -> { }));
        List<CompletableFuture<Stack>> stacks = response.stacks().stream()
                .map(stack -> CompletableFuture.supplyAsync(
                        () -> OpsWorksMapping.stack(stack, tags(stack.arn())), sideReads))
                .toList();
        // tags() turns SDK failures into CloudExceptions, which the join rethrows as they are.
        return stacks.stream().map(Futures::join).toList();
    }

    private Map<String, String> tags(String arn) {
        if (arn == null) {
            return Map.of();
        }
        ListTagsResponse response = requests.call("opsworks:ListTags", "of " + arn,
                () -> clients.opsWorks().listTags(r -> r.resourceArn(arn)));
        return response.tags();
    }

    @Override
    public ScalingGroupReads scalingGroups() {
        return scalingGroups;
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        return requests.call("opsworks:DescribeLayers", "of stack " + stackId,
                () -> clients.opsWorks().describeLayers(r -> r.stackId(stackId)))
                .layers().stream().map(OpsWorksMapping::layer).toList();
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        return requests.call("opsworks:DescribeInstances", "of stack " + stackId,
                () -> clients.opsWorks().describeInstances(r -> r.stackId(stackId)))
                .instances().stream().map(OpsWorksMapping::instance).toList();
    }

    @Override
    public List<App> describeApps(String stackId) {
        return requests.call("opsworks:DescribeApps", "of stack " + stackId,
                () -> clients.opsWorks().describeApps(r -> r.stackId(stackId)))
                .apps().stream().map(OpsWorksMapping::app).toList();
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds) {
        return Ec2InstancesById.read(clients, requests, region, ec2InstanceIds, Ec2Mapping::instance);
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        Filter inVpc = Filter.builder().name("vpc-id").values(vpcId).build();
        return requests.call("ec2:DescribeSecurityGroups", "in " + region, () -> clients.ec2(region)
                .describeSecurityGroupsPaginator(r -> r.filters(inVpc)).securityGroups().stream()
                .map(Ec2Mapping::group).toList());
    }

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        return trail.lookupTrailEvents(query);
    }

    @Override
    public MutationResult startInstance(String instanceId, Confirmation confirmation) {
        return writes.startInstance(instanceId, confirmation);
    }

    @Override
    public MutationResult stopInstance(String instanceId, boolean force, Confirmation confirmation) {
        return writes.stopInstance(instanceId, force, confirmation);
    }

    @Override
    public MutationResult rebootInstance(String instanceId, Confirmation confirmation) {
        return writes.rebootInstance(instanceId, confirmation);
    }

    @Override
    public MutationResult deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes,
                                         Confirmation confirmation) {
        return writes.deleteInstance(instanceId, deleteElasticIp, deleteVolumes, confirmation);
    }

    @Override
    public MutationResult deleteLayer(String layerId, Confirmation confirmation) {
        return writes.deleteLayer(layerId, confirmation);
    }

    @Override
    public MutationResult deleteApp(String appId, Confirmation confirmation) {
        return writes.deleteApp(appId, confirmation);
    }

    @Override
    public MutationResult deleteStack(String stackId, Confirmation confirmation) {
        return writes.deleteStack(stackId, confirmation);
    }

    @Override
    public MutationResult modifyInstanceGroups(String instanceId, String ec2InstanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        return writes.modifyInstanceGroups(instanceId, ec2InstanceId, groupIds, confirmation);
    }

    @Override
    public MutationResult updateLayerSecurityGroups(String layerId, List<String> groupIds, Confirmation confirmation) {
        return writes.updateLayerSecurityGroups(layerId, groupIds, confirmation);
    }

    @Override
    public MutationResult startInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        return writes.startInstanceRefresh(region, groupName, confirmation);
    }

    @Override
    public MutationResult cancelInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        return writes.cancelInstanceRefresh(region, groupName, confirmation);
    }

    @Override
    public MutationResult setDesiredCapacity(String region, String groupName, int desiredCapacity,
                                             Confirmation confirmation) {
        return writes.setDesiredCapacity(region, groupName, desiredCapacity, confirmation);
    }

    @Override
    public MutationResult terminateInstanceInGroup(String region, String instanceId, boolean decrementDesiredCapacity,
                                                   Confirmation confirmation) {
        return writes.terminateInstanceInGroup(region, instanceId, decrementDesiredCapacity, confirmation);
    }

    @Override
    public MutationResult hotfixInstanceGroups(String region, String instanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        return writes.hotfixInstanceGroups(region, instanceId, groupIds, confirmation);
    }

    @Override
    public MutationResult deleteAutoScalingGroup(String region, String groupName, boolean forceDelete,
                                                 Confirmation confirmation) {
        return writes.deleteAutoScalingGroup(region, groupName, forceDelete, confirmation);
    }

    @Override
    public MutationResult deleteCloudFormationStack(String region, String stackId, Confirmation confirmation) {
        return writes.deleteCloudFormationStack(region, stackId, confirmation);
    }

    @Override
    public void close() {
        sideReads.shutdownNow();
        clients.close();
    }

    @Override
    public SystemsManagerReads systemsManager() {
        return systemsManager;
    }
}
