package safetyconsole.cloud.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.SystemsManagerReads;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/**
 * The built-in, in-memory account. Every call is counted and can be slowed down or failed through
 * {@link #faults()}; nothing it does reaches AWS.
 */
public final class DemoAccount implements CloudAccount, CloudOperations, ScalingGroupReads, SystemsManagerReads {

    /** DescribeAutoScalingGroups answers at most this many groups a page (its MaxRecords at most). */
    public static final int GROUPS_PER_PAGE = 100;

    private final DemoWorld world;
    private final DemoFaults faults = new DemoFaults();
    private final DemoInstanceLooks looks = new DemoInstanceLooks();

    DemoAccount(DemoWorld world) {
        this.world = world;
    }

    /**
     * The seeded account that tells the console's three stories, told so that they end just before the clock's
     * now (on any date); afterwards the account's time is the clock's.
     */
    public static DemoAccount seeded(Clock clock) {
        DemoWorld world = DemoSeed.seededWorld(clock.instant());
        world.goLive(clock);
        return new DemoAccount(world);
    }

    /** A generated account of {@code stacks} stacks with {@code instancesPerStack} instances each, for benchmarks. */
    public static DemoAccount large(int stacks, int instancesPerStack, Clock clock) {
        DemoWorld world = LargeDemoWorld.generate(stacks, instancesPerStack, clock.instant());
        world.goLive(clock);
        return new DemoAccount(world);
    }

    /**
     * The account scale of issue 19 ({@link AccountScaleWorld}): 40 OpsWorks stacks with 20,000 instances and 500
     * Auto Scaling groups with 20,000 more, set up just before the clock's now. Takes a second or more (several the
     * first time in a JVM): never on the FX thread.
     */
    public static DemoAccount accountScale(Clock clock) {
        DemoWorld world = AccountScaleWorld.generate(clock.instant());
        world.goLive(clock);
        return new DemoAccount(world);
    }

    public DemoFaults faults() {
        return faults;
    }

    @Override
    public String description() {
        return "Demo account (simulated; nothing here reaches AWS)";
    }

    @Override
    public CallerIdentity callerIdentity() {
        return call(DemoOperation.GET_CALLER_IDENTITY,
                () -> new CallerIdentity(world.accountId(), DemoSeed.OPERATOR_ARN, "AIDADEMOOPERATOR0001"));
    }

    @Override
    public Optional<String> accountAlias() {
        return call(DemoOperation.LIST_ACCOUNT_ALIASES, () -> Optional.of(DemoSeed.ACCOUNT_ALIAS));
    }

    @Override
    public String endpointRegion() {
        return world.endpointRegion();
    }

    @Override
    public List<Stack> describeStacks() {
        return call(DemoOperation.DESCRIBE_STACKS, world.opsworks()::stacks);
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        return call(DemoOperation.DESCRIBE_LAYERS, () -> world.opsworks().layersOf(stackId));
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        return call(DemoOperation.DESCRIBE_INSTANCES, () -> world.opsworks().instancesOf(stackId));
    }

    @Override
    public List<App> describeApps(String stackId) {
        return call(DemoOperation.DESCRIBE_APPS, () -> world.opsworks().appsOf(stackId));
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds) {
        return call(DemoOperation.DESCRIBE_EC2_INSTANCES, () -> {
            requireAtMostOneBatch(ec2InstanceIds);
            return world.ec2().instances(region, ec2InstanceIds);
        });
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        return call(DemoOperation.DESCRIBE_SECURITY_GROUPS, () -> world.ec2().securityGroups(region, vpcId));
    }

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        return call(DemoOperation.LOOKUP_TRAIL_EVENTS,
                () -> world.trailEvents().stream().filter(query::matches).collect(Collectors.toList()));
    }

    @Override
    public MutationResult startInstance(String instanceId, Confirmation confirmation) {
        return mutate(Operation.START_INSTANCE, instanceId, confirmation, this::stackOfInstance,
                () -> world.startInstance(instanceId, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult stopInstance(String instanceId, boolean force, Confirmation confirmation) {
        return mutate(Operation.STOP_INSTANCE, instanceId, confirmation, this::stackOfInstance,
                () -> world.stopInstance(instanceId, force, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult rebootInstance(String instanceId, Confirmation confirmation) {
        return mutate(Operation.REBOOT_INSTANCE, instanceId, confirmation, this::stackOfInstance,
                () -> world.rebootInstance(instanceId, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes,
                                         Confirmation confirmation) {
        return mutate(Operation.DELETE_INSTANCE, instanceId, confirmation, this::stackOfInstance,
                () -> world.deleteInstance(instanceId, deleteElasticIp, deleteVolumes, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult deleteLayer(String layerId, Confirmation confirmation) {
        return mutate(Operation.DELETE_LAYER, layerId, confirmation,
                id -> world.opsworks().findLayer(id).map(Layer::stackId),
                () -> world.deleteLayer(layerId, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult deleteApp(String appId, Confirmation confirmation) {
        return mutate(Operation.DELETE_APP, appId, confirmation,
                id -> world.opsworks().findApp(id).map(App::stackId),
                () -> world.deleteApp(appId, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult deleteStack(String stackId, Confirmation confirmation) {
        return mutate(Operation.DELETE_STACK, stackId, confirmation,
                id -> world.opsworks().findStack(id).map(Stack::id),
                () -> world.deleteStack(stackId, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult modifyInstanceGroups(String instanceId, String ec2InstanceId, List<String> groupIds,
                                              Confirmation confirmation) {
        return mutate(Operation.MODIFY_INSTANCE_GROUPS, instanceId, confirmation, this::stackOfInstance,
                () -> world.modifyInstanceGroups(instanceId, ec2InstanceId, groupIds, DemoSeed.OPERATOR));
    }

    @Override
    public MutationResult updateLayerSecurityGroups(String layerId, List<String> groupIds, Confirmation confirmation) {
        return mutate(Operation.UPDATE_LAYER_GROUPS, layerId, confirmation,
                id -> world.opsworks().findLayer(id).map(Layer::stackId),
                () -> world.updateLayerSecurityGroups(layerId, groupIds, DemoSeed.OPERATOR));
    }

    /**
     * The stack's instances when the console (as the story goes) last looked, before the seeded stories
     * played: shop-prod still had the rails-app7 alice deleted.
     */
    public List<Instance> instancesAtEarlierVisit(String stackId) {
        synchronized (world) {
            return world.instancesBeforeStories(stackId);
        }
    }

    /** When that earlier visit was. */
    public Instant earlierVisit() {
        synchronized (world) {
            return world.storiesBegin();
        }
    }

    /**
     * The instances of the migrated stacks' groups when the console (as the story goes) last looked at them, before
     * bob's and carol's changes: stack id (a CloudFormation stack's or a lone group's), then group name, then
     * instance ids.
     */
    public Map<String, Map<String, List<String>>> groupInstancesAtEarlierVisit() {
        synchronized (world) {
            return world.groupInstancesAtEarlierVisit();
        }
    }

    /** When that look at the migrated stacks was. */
    public Instant earlierVisitOfGroups() {
        synchronized (world) {
            return world.groupsVisited();
        }
    }

    /** Direct access to the simulation for tests of its rules (same package only). */
    DemoWorld world() {
        return world;
    }

    private Optional<String> stackOfInstance(String instanceId) {
        return world.opsworks().findInstance(instanceId).map(Instance::stackId);
    }

    /**
     * Counts and delays like a read, then checks the confirmation against where the target really is now,
     * and only then changes the simulated account.
     */
    private MutationResult mutate(Operation operation, String targetId, Confirmation confirmation,
                                  Function<String, Optional<String>> stackOfTarget, Runnable change) {
        return confirmedChange(operation, targetId, confirmation, () -> stackOfTarget.apply(targetId), () -> {
            change.run();
            return world.newRequestId();
        });
    }

    /** The one way every change goes: counted and delayed, then confirmed against the target's stack now. */
    private MutationResult confirmedChange(Operation operation, String targetId, Confirmation confirmation,
                                           Supplier<Optional<String>> stackOfTarget, Supplier<String> change) {
        faults.enter(DemoOperation.of(operation));
        synchronized (world) {
            String actualStack = stackOfTarget.get().orElseThrow(() -> notFound(operation, targetId));
            confirmation.requireCovers(operation, actualStack, targetId, world.now());
            return new MutationResult(change.get());
        }
    }

    /** EC2 refuses more ids than this in one request; the demo does too, so batching bugs show. */
    private static void requireAtMostOneBatch(Collection<String> ec2InstanceIds) {
        if (ec2InstanceIds.size() > MAX_EC2_IDS_PER_CALL) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT,
                    "DescribeInstances takes at most " + MAX_EC2_IDS_PER_CALL + " ids, got " + ec2InstanceIds.size());
        }
    }

    private static CloudException notFound(Operation operation, String targetId) {
        return new CloudException(CloudException.Kind.NOT_FOUND, "No " + operation.noun() + " with id " + targetId);
    }

    private <T> T call(DemoOperation operation, Supplier<T> read) {
        faults.enter(operation);
        synchronized (world) {
            return read.get();
        }
    }

    @Override
    public MutationResult startInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        return mutateScaling(Operation.START_INSTANCE_REFRESH, groupName, confirmation,
                scaling -> scaling.stackIdOfGroup(region, groupName),
                scaling -> scaling.startInstanceRefresh(DemoSeed.OPERATOR, region, groupName));
    }

    @Override
    public MutationResult cancelInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        return mutateScaling(Operation.CANCEL_INSTANCE_REFRESH, groupName, confirmation,
                scaling -> scaling.stackIdOfGroup(region, groupName),
                withNewRequestId(scaling -> scaling.cancelInstanceRefresh(DemoSeed.OPERATOR, region, groupName)));
    }

    @Override
    public MutationResult setDesiredCapacity(String region, String groupName, int desiredCapacity,
                                             Confirmation confirmation) {
        return mutateScaling(Operation.SET_DESIRED_CAPACITY, groupName, confirmation,
                scaling -> scaling.stackIdOfGroup(region, groupName),
                withNewRequestId(scaling -> scaling.setDesiredCapacity(DemoSeed.OPERATOR, region, groupName,
                        desiredCapacity)));
    }

    @Override
    public MutationResult terminateInstanceInGroup(String region, String instanceId, boolean decrementDesiredCapacity,
                                                   Confirmation confirmation) {
        return mutateScaling(Operation.TERMINATE_INSTANCE_IN_GROUP, instanceId, confirmation,
                scaling -> scaling.stackIdOfInstance(region, instanceId),
                withNewRequestId(scaling -> scaling.terminateInstance(DemoSeed.OPERATOR, region, instanceId,
                        decrementDesiredCapacity)));
    }

    @Override
    public MutationResult hotfixInstanceGroups(String region, String instanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        return mutateScaling(Operation.HOTFIX_INSTANCE_GROUPS, instanceId, confirmation,
                scaling -> scaling.stackIdOfInstance(region, instanceId),
                withNewRequestId(scaling -> scaling.hotfixInstanceGroups(DemoSeed.OPERATOR, region, instanceId,
                        groupIds)));
    }

    @Override
    public MutationResult deleteAutoScalingGroup(String region, String groupName, boolean forceDelete,
                                                 Confirmation confirmation) {
        return mutateScaling(Operation.DELETE_AUTO_SCALING_GROUP, groupName, confirmation,
                scaling -> scaling.stackIdOfGroup(region, groupName),
                withNewRequestId(scaling -> scaling.deleteGroup(DemoSeed.OPERATOR, region, groupName, forceDelete)));
    }

    @Override
    public MutationResult deleteCloudFormationStack(String region, String stackId, Confirmation confirmation) {
        return mutateScaling(Operation.DELETE_CLOUDFORMATION_STACK, stackId, confirmation,
                scaling -> scaling.stackIdOfCloudFormationStack(region, stackId),
                withNewRequestId(scaling -> scaling.deleteStack(DemoSeed.OPERATOR, region, stackId)));
    }

    @Override
    public ScalingGroupReads scalingGroups() {
        return this;
    }

    /** Counted as AWS pages it: each page after the first is a request of its own, with its latency and failures. */
    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
        List<AutoScalingGroup> groups = readScaling(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS,
                scaling -> scaling.groups(region));
        for (int page = 1; page * GROUPS_PER_PAGE < groups.size(); page++) {
            faults.enter(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS);
        }
        return groups;
    }

    @Override
    public Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
        return readScaling(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS, scaling -> scaling.group(region, groupName));
    }

    @Override
    public LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec) {
        return readScaling(DemoOperation.DESCRIBE_LAUNCH_TEMPLATES, scaling -> scaling.launchTemplate(region, spec));
    }

    @Override
    public LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long versionNumber) {
        return readScaling(DemoOperation.DESCRIBE_LAUNCH_TEMPLATE_VERSIONS,
                scaling -> scaling.launchTemplateVersion(region, templateId, versionNumber));
    }

    @Override
    public List<LaunchTemplateVersion> describeLaunchTemplateVersions(String region, String templateId,
                                                                     Collection<Long> versionNumbers) {
        return readScaling(DemoOperation.DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, scaling -> versionNumbers.stream()
                .map(number -> scaling.launchTemplateVersion(region, templateId, number)).toList());
    }

    @Override
    public List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds) {
        return readScaling(DemoOperation.DESCRIBE_EC2_INSTANCES, scaling -> {
            requireAtMostOneBatch(instanceIds);
            return scaling.taggedInstances(region, instanceIds);
        });
    }

    @Override
    public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
        return readScaling(DemoOperation.DESCRIBE_INSTANCE_REFRESHES,
                scaling -> scaling.refreshes(region, groupName));
    }

    @Override
    public List<CloudFormationStack> describeCloudFormationStacks(String region) {
        return readScaling(DemoOperation.DESCRIBE_CLOUDFORMATION_STACKS,
                scaling -> scaling.cloudFormationStacks(region));
    }

    @Override
    public List<StackResource> describeStackResources(String region, String stackName) {
        return readScaling(DemoOperation.DESCRIBE_STACK_RESOURCES,
                scaling -> scaling.stackResources(region, stackName));
    }

    @Override
    public List<String> listResourceGroupNames(String region) {
        return readScaling(DemoOperation.LIST_RESOURCE_GROUPS, scaling -> scaling.resourceGroupNames(region));
    }

    /** A read of the migrated stacks sees refreshes that have ended by now as ended. */
    private <T> T readScaling(DemoOperation operation, Function<DemoScaling, T> read) {
        return call(operation, () -> {
            world.scaling().finishDueRefreshes();
            return read.apply(world.scaling());
        });
    }

    /**
     * As {@link #mutate}, for the migrated stacks: the target's stack is found after the refreshes due by now have
     * ended, and the change returns the request id.
     */
    private MutationResult mutateScaling(Operation operation, String targetId, Confirmation confirmation,
                                         Function<DemoScaling, Optional<String>> stackOfTarget,
                                         Function<DemoScaling, String> change) {
        return confirmedChange(operation, targetId, confirmation, () -> {
            world.scaling().finishDueRefreshes();
            return stackOfTarget.apply(world.scaling());
        }, () -> change.apply(world.scaling()));
    }

    private Function<DemoScaling, String> withNewRequestId(Consumer<DemoScaling> change) {
        return scaling -> {
            change.accept(scaling);
            return world.newRequestId();
        };
    }

    @Override
    public List<ScalingActivity> describeScalingActivities(String region, String groupName) {
        return readScaling(DemoOperation.DESCRIBE_SCALING_ACTIVITIES, scaling -> scaling.activities(region, groupName));
    }

    @Override
    public MutationResult sendRunShellScript(String region, String instanceId, String script,
                                             Confirmation confirmation) {
        return mutateScaling(Operation.SEND_RUN_SHELL_SCRIPT, instanceId, confirmation,
                scaling -> scaling.stackIdOfInstance(region, instanceId), scaling -> {
                    String commandId = world.newRequestId();
                    looks.send(commandId, instanceId, script, scaling.lookHost(region, instanceId).orElseThrow(),
                            world.now());
                    return commandId;
                });
    }

    @Override
    public SystemsManagerReads systemsManager() {
        return this;
    }

    @Override
    public Map<String, String> parametersByPath(String region, String path) {
        return call(DemoOperation.GET_PARAMETERS_BY_PATH, () -> world.systemsManager().parametersByPath(region, path));
    }

    @Override
    public List<String> ownDocumentNames(String region) {
        return call(DemoOperation.LIST_DOCUMENTS, () -> world.systemsManager().ownDocumentNames(region));
    }

    @Override
    public String documentContent(String region, String documentName) {
        return call(DemoOperation.GET_DOCUMENT, () -> world.systemsManager().documentContent(region, documentName));
    }

    /** The agent runs on every instance of a group. */
    @Override
    public Set<String> managedInstanceIds(String region, Collection<String> instanceIds) {
        return call(DemoOperation.DESCRIBE_INSTANCE_INFORMATION, () -> instanceIds.stream()
                .filter(id -> world.scaling().stackIdOfInstance(region, id).isPresent())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    public CommandInvocation commandInvocation(String region, String commandId, String instanceId) {
        return call(DemoOperation.GET_COMMAND_INVOCATION, () -> looks.invocation(commandId, instanceId));
    }
}
