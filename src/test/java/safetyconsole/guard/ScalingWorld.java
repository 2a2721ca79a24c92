package safetyconsole.guard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFacts;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.CommandsOnlySystemsManager;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.SystemsManagerReads;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.testing.MutableClock;

/**
 * A hand-built account of migrated stacks that reads and changes like a provider: every change first finds the
 * stack its target belongs to now and checks the confirmation covers it. {@link #PROD} and {@link #STAGING} are
 * CloudFormation stacks one word apart, each holding one group; {@link #BATCH} is a group no stack owns. Prod's
 * template version 3 added sg-metrics; i-prod1 and i-prod2 (hot-fixed with sg-hand) still run version 2, i-prod3
 * runs version 3, i-prod4 runs version 2 and is tagged protected_instance.
 */
final class ScalingWorld extends EmptyAccount implements CloudOperations {

    static final String REGION = "eu-west-1";
    static final String PROD = "shop-prod-rails-app-3f2a9c";
    static final String STAGING = "shop-staging-rails-app-7b1e02";
    static final String BATCH = "batch-workers";
    static final String PROD_GROUP = PROD + "-ApplicationAsg-1A2B";
    static final String STAGING_GROUP = STAGING + "-ApplicationAsg-3C4D";
    private static final String TEMPLATE = "lt-0shop";

    final MutableClock clock;
    final Map<String, CloudFormationStack> cloudFormation = new LinkedHashMap<>();
    final Map<String, AutoScalingGroup> groups = new LinkedHashMap<>();
    final Map<String, TaggedEc2Instance> ec2 = new LinkedHashMap<>();
    final Map<String, List<InstanceRefresh>> refreshes = new LinkedHashMap<>();
    /** Every change that reached the account, as "Operation target". */
    final List<String> calls = new ArrayList<>();
    /** The scripts sent to instances, in order. */
    final List<String> scripts = new ArrayList<>();
    /** Instances Systems Manager does not manage. */
    final Set<String> unmanaged = new HashSet<>();

    ScalingWorld(MutableClock clock) {
        super("Scaling world", new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/tester",
                "AIDATESTER"));
        this.clock = clock;
        cloudFormationStack(PROD, Map.of());
        cloudFormationStack(STAGING, Map.of());
        group(PROD_GROUP, PROD, 2, 8, List.of(
                instance("i-prod1", "2", false, "sg-web"),
                instance("i-prod2", "2", false, "sg-web", "sg-hand"),
                instance("i-prod3", "3", false, "sg-web", "sg-metrics"),
                instance("i-prod4", "2", true, "sg-web")));
        group(STAGING_GROUP, STAGING, 1, 4, List.of(
                instance("i-stg1", "3", false, "sg-web", "sg-metrics"),
                instance("i-stg2", "3", false, "sg-web", "sg-metrics")));
        group(BATCH, null, 0, 2, List.of(instance("i-batch1", "3", false, "sg-web", "sg-metrics")));
    }

    /** The stack as discovery would show it: the CloudFormation stack's ARN and name, or the lone group's. */
    Stack stack(String name) {
        Instant created = Instant.parse("2025-01-01T00:00:00Z");
        if (cloudFormation.containsKey(name)) {
            CloudFormationStack stack = cloudFormation.get(name);
            return Stack.migrated(StackKind.CLOUDFORMATION, stack.id(), name, REGION, stack.tags(), created,
                    Optional.empty());
        }
        return Stack.migrated(StackKind.AUTO_SCALING_GROUP, groups.get(name).arn(), name, REGION, Map.of(), created,
                Optional.empty());
    }

    /** What the loader would read for the stack now, analysed. */
    ScalingStackInventory inventory(String name) {
        Stack stack = stack(name);
        List<ScalingGroupDrift> drifts = groups.values().stream()
                .filter(group -> name.equals(group.cloudFormationStackName().orElse(group.name())))
                .map(this::analyse).collect(Collectors.toList());
        Map<String, Ec2Instance> byId = drifts.stream().flatMap(drift -> drift.group().instances().stream())
                .map(instance -> ec2.get(instance.instanceId()).instance())
                .collect(Collectors.toMap(Ec2Instance::id, instance -> instance));
        return new ScalingStackInventory(stack, Optional.ofNullable(cloudFormation.get(name)),
                stack.kind() == StackKind.CLOUDFORMATION ? describeStackResources(REGION, name) : List.of(), drifts,
                byId, clock.instant());
    }

    void startRefreshBehindTheBack(String groupName, InstanceRefreshStatus status) {
        refreshes.computeIfAbsent(groupName, key -> new ArrayList<>()).add(0, new InstanceRefresh("refresh-"
                + calls.size(), groupName, status, OptionalInt.of(40), Optional.of(clock.instant()), Optional.empty()));
    }

    void setDesiredBehindTheBack(String groupName, int desired) {
        AutoScalingGroup g = groups.get(groupName);
        groups.put(groupName, withCapacity(g, desired, g.instances()));
    }

    void setStatusBehindTheBack(String stackName, String status) {
        CloudFormationStack s = cloudFormation.get(stackName);
        cloudFormation.put(stackName, new CloudFormationStack(s.id(), s.name(), s.region(), status, s.tags(),
                s.createdAt()));
    }

    void setGroupsBehindTheBack(String instanceId, String... groupIds) {
        TaggedEc2Instance tagged = ec2.get(instanceId);
        ec2.put(instanceId, new TaggedEc2Instance(tagged.instance().withSecurityGroups(refs(List.of(groupIds))),
                tagged.tags()));
    }

    /** CloudFormation now counts the group among {@code stackName}'s resources, as its tag says. */
    void moveGroupBehindTheBack(String groupName, String stackName) {
        AutoScalingGroup g = groups.get(groupName);
        groups.put(groupName, rebuilt(g, g.launchTemplate(), g.desiredCapacity(),
                Map.of(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG, stackName), g.instances()));
    }

    void pinGroupBehindTheBack(String groupName, String version) {
        AutoScalingGroup g = groups.get(groupName);
        groups.put(groupName, rebuilt(g, Optional.of(LaunchTemplateSpec.byId(TEMPLATE, version)),
                g.desiredCapacity(), g.tags(), g.instances()));
    }

    // Reads.

    @Override
    public Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
        return Optional.ofNullable(groups.get(groupName)).filter(group -> group.region().equals(region));
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
        return List.copyOf(groups.values());
    }

    @Override
    public List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds) {
        return instanceIds.stream().map(ec2::get).filter(tagged -> tagged != null).collect(Collectors.toList());
    }

    @Override
    public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
        return List.copyOf(refreshes.getOrDefault(groupName, List.of()));
    }

    @Override
    public List<CloudFormationStack> describeCloudFormationStacks(String region) {
        return List.copyOf(cloudFormation.values());
    }

    /** Its groups, by the stack's name or ARN, as CloudFormation lists them. */
    @Override
    public List<StackResource> describeStackResources(String region, String stackName) {
        return cloudFormation.values().stream().filter(s -> s.name().equals(stackName) || s.id().equals(stackName))
                .flatMap(s -> groups.values().stream()
                        .filter(group -> group.cloudFormationStackName().equals(Optional.of(s.name()))))
                .map(group -> new StackResource("ApplicationAsg", StackResource.AUTO_SCALING_GROUP, group.name(),
                        "CREATE_COMPLETE"))
                .collect(Collectors.toList());
    }

    // Changes: each finds the target's stack now, as a provider must.

    @Override
    public MutationResult startInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        covers(confirmation, Operation.START_INSTANCE_REFRESH, ownerOf(groupName), groupName);
        refreshes.computeIfAbsent(groupName, key -> new ArrayList<>()).add(0, new InstanceRefresh("refresh-"
                + calls.size(), groupName, InstanceRefreshStatus.PENDING, OptionalInt.of(0),
                Optional.of(clock.instant()), Optional.empty()));
        return done(Operation.START_INSTANCE_REFRESH, groupName);
    }

    @Override
    public MutationResult cancelInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        covers(confirmation, Operation.CANCEL_INSTANCE_REFRESH, ownerOf(groupName), groupName);
        List<InstanceRefresh> list = refreshes.get(groupName);
        InstanceRefresh latest = list.get(0);
        list.set(0, new InstanceRefresh(latest.id(), groupName, InstanceRefreshStatus.CANCELLING,
                latest.percentageComplete(), latest.startTime(), Optional.empty()));
        return done(Operation.CANCEL_INSTANCE_REFRESH, groupName);
    }

    @Override
    public MutationResult setDesiredCapacity(String region, String groupName, int desiredCapacity,
                                             Confirmation confirmation) {
        covers(confirmation, Operation.SET_DESIRED_CAPACITY, ownerOf(groupName), groupName);
        setDesiredBehindTheBack(groupName, desiredCapacity);
        return done(Operation.SET_DESIRED_CAPACITY, groupName + " " + desiredCapacity);
    }

    @Override
    public MutationResult terminateInstanceInGroup(String region, String instanceId, boolean decrementDesiredCapacity,
                                                   Confirmation confirmation) {
        AutoScalingGroup group = groups.values().stream().filter(g -> g.instances().stream()
                .anyMatch(i -> i.instanceId().equals(instanceId))).findFirst()
                .orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND, "no instance " + instanceId));
        covers(confirmation, Operation.TERMINATE_INSTANCE_IN_GROUP, ownerOf(group.name()), instanceId);
        List<AutoScalingInstance> left = group.instances().stream().filter(i -> !i.instanceId().equals(instanceId))
                .collect(Collectors.toList());
        groups.put(group.name(), withCapacity(group, group.desiredCapacity() - (decrementDesiredCapacity ? 1 : 0),
                left));
        ec2.remove(instanceId);
        return done(Operation.TERMINATE_INSTANCE_IN_GROUP, instanceId + (decrementDesiredCapacity ? " decrement" : ""));
    }

    @Override
    public MutationResult hotfixInstanceGroups(String region, String instanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        AutoScalingGroup group = groups.values().stream().filter(g -> g.instances().stream()
                .anyMatch(i -> i.instanceId().equals(instanceId))).findFirst().orElseThrow();
        covers(confirmation, Operation.HOTFIX_INSTANCE_GROUPS, ownerOf(group.name()), instanceId);
        setGroupsBehindTheBack(instanceId, groupIds.toArray(String[]::new));
        return done(Operation.HOTFIX_INSTANCE_GROUPS, instanceId + " " + String.join(",", groupIds));
    }

    @Override
    public MutationResult deleteAutoScalingGroup(String region, String groupName, boolean forceDelete,
                                                 Confirmation confirmation) {
        covers(confirmation, Operation.DELETE_AUTO_SCALING_GROUP, ownerOf(groupName), groupName);
        if (!forceDelete && !groups.get(groupName).instances().isEmpty()) {
            throw new CloudException(CloudException.Kind.CONFLICT, "ResourceInUse: the group has instances");
        }
        groups.remove(groupName);
        return done(Operation.DELETE_AUTO_SCALING_GROUP, groupName + (forceDelete ? " force" : ""));
    }

    @Override
    public MutationResult deleteCloudFormationStack(String region, String stackId, Confirmation confirmation) {
        covers(confirmation, Operation.DELETE_CLOUDFORMATION_STACK, stackId, stackId);
        CloudFormationStack stack = cloudFormation.values().stream().filter(s -> s.id().equals(stackId)).findFirst()
                .orElseThrow();
        cloudFormation.remove(stack.name());
        groups.values().removeIf(group -> group.cloudFormationStackName().equals(Optional.of(stack.name())));
        return done(Operation.DELETE_CLOUDFORMATION_STACK, stack.name());
    }

    @Override
    public MutationResult sendRunShellScript(String region, String instanceId, String script,
                                             Confirmation confirmation) {
        AutoScalingGroup group = groups.values().stream().filter(g -> g.instances().stream()
                .anyMatch(i -> i.instanceId().equals(instanceId))).findFirst().orElseThrow();
        covers(confirmation, Operation.SEND_RUN_SHELL_SCRIPT, ownerOf(group.name()), instanceId);
        scripts.add(script);
        return done(Operation.SEND_RUN_SHELL_SCRIPT, instanceId);
    }

    /** Systems Manager manages every instance but {@link #unmanaged}; nothing else of it is read here. */
    @Override
    public SystemsManagerReads systemsManager() {
        return new CommandsOnlySystemsManager() {
            @Override
            public Set<String> managedInstanceIds(String region, Collection<String> instanceIds) {
                return instanceIds.stream().filter(id -> ec2.containsKey(id) && !unmanaged.contains(id))
                        .collect(Collectors.toSet());
            }

            @Override
            public CommandInvocation commandInvocation(String region, String commandId, String instanceId) {
                throw new AssertionError("not read by the guard");
            }
        };
    }

    // The OpsWorks calls have no place in this world.

    @Override
    public MutationResult startInstance(String instanceId, Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult stopInstance(String instanceId, boolean force, Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult rebootInstance(String instanceId, Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes,
                                         Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult deleteLayer(String layerId, Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult deleteApp(String appId, Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult deleteStack(String stackId, Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult modifyInstanceGroups(String instanceId, String ec2InstanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    @Override
    public MutationResult updateLayerSecurityGroups(String layerId, List<String> groupIds,
                                                    Confirmation confirmation) {
        throw new AssertionError("no OpsWorks here");
    }

    private String ownerOf(String groupName) {
        AutoScalingGroup group = groups.get(groupName);
        if (group == null) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "no group " + groupName);
        }
        return group.cloudFormationStackName().map(name -> cloudFormation.get(name).id()).orElse(group.arn());
    }

    private void covers(Confirmation confirmation, Operation operation, String stackId, String targetId) {
        confirmation.requireCovers(operation, stackId, targetId, clock.instant());
    }

    private MutationResult done(Operation operation, String what) {
        calls.add(operation + " " + what);
        return new MutationResult("req-" + calls.size());
    }

    private ScalingGroupDrift analyse(AutoScalingGroup group) {
        List<TaggedEc2Instance> tagged = group.instances().stream().map(i -> ec2.get(i.instanceId()))
                .collect(Collectors.toList());
        return ScalingGroupDriftAnalyzer.analyze(new ScalingGroupFacts(group,
                List.of(new LaunchTemplate(TEMPLATE, "shop-LaunchTemplate", 3, 3)),
                List.of(new LaunchTemplateVersion(TEMPLATE, 2, List.of("sg-web"), List.of(), List.of()),
                        new LaunchTemplateVersion(TEMPLATE, 3, List.of("sg-web", "sg-metrics"), List.of(), List.of())),
                List.of(), tagged, refreshes.getOrDefault(group.name(), List.of())));
    }

    private void cloudFormationStack(String name, Map<String, String> tags) {
        cloudFormation.put(name, new CloudFormationStack("arn:aws:cloudformation:" + REGION + ":123456789012:stack/"
                + name + "/0f1e2d3c", name, REGION, "CREATE_COMPLETE", tags, Instant.parse("2025-01-01T00:00:00Z")));
    }

    private void group(String name, String stackName, int min, int max, List<TaggedEc2Instance> members) {
        Map<String, String> tags = stackName == null ? Map.of()
                : Map.of(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG, stackName);
        List<AutoScalingInstance> instances = members.stream().map(m -> new AutoScalingInstance(m.instance().id(),
                "t3.small", AutoScalingLifecycleState.IN_SERVICE, false)).collect(Collectors.toList());
        members.forEach(m -> ec2.put(m.instance().id(), m));
        groups.put(name, new AutoScalingGroup(name, groupArn(name), REGION,
                Optional.of(LaunchTemplateSpec.byId(TEMPLATE, "3")), Optional.empty(), instances.size(), min, max,
                tags, UpdatePolicyPresence.ABSENT, instances));
    }

    private static TaggedEc2Instance instance(String id, String version, boolean protectedTag, String... groupIds) {
        Map<String, String> tags = new LinkedHashMap<>(Map.of(TaggedEc2Instance.LAUNCH_TEMPLATE_ID_TAG, TEMPLATE,
                TaggedEc2Instance.LAUNCH_TEMPLATE_VERSION_TAG, version));
        if (protectedTag) {
            tags.put(TaggedEc2Instance.PROTECTED_INSTANCE_TAG, "");
        }
        return new TaggedEc2Instance(new Ec2Instance(id, Ec2State.RUNNING, "vpc-1", RootDeviceType.EBS,
                refs(List.of(groupIds)), "10.0.0.1", null, Instant.parse("2025-06-01T00:00:00Z")), tags);
    }

    private static List<GroupRef> refs(List<String> groupIds) {
        return groupIds.stream().map(id -> new GroupRef(id, id)).collect(Collectors.toList());
    }

    private static AutoScalingGroup withCapacity(AutoScalingGroup g, int desired, List<AutoScalingInstance> members) {
        return rebuilt(g, g.launchTemplate(), desired, g.tags(), members);
    }

    /** The group with what a test changes about it, the rest as it was. */
    static AutoScalingGroup rebuilt(AutoScalingGroup g, Optional<LaunchTemplateSpec> spec, int desired,
                                    Map<String, String> tags, List<AutoScalingInstance> members) {
        return new AutoScalingGroup(g.name(), g.arn(), g.region(), spec, g.mixedInstancesPolicy(), desired,
                g.minSize(), g.maxSize(), tags, g.updatePolicy(), members);
    }

    private static String groupArn(String groupName) {
        return "arn:aws:autoscaling:" + REGION + ":123456789012:autoScalingGroup:5a6b7c8d:autoScalingGroupName/"
                + groupName;
    }
}
