package safetyconsole.cloud.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;

/**
 * The stacks migrated off OpsWorks in the demo account, and the Auto Scaling rules they obey: an instance gets the
 * security groups of the template version its group uses when it is launched, and keeps them; capacity stays
 * within min..max; a scale-in follows {@link DemoTerminationPolicy}; an instance refresh with SkipMatching replaces
 * only instances launched from another template or version, sparing protected ones; a group with instances is
 * deleted only when forced; deleting a CloudFormation stack deletes what it holds. Every change is immediate (no
 * Pending or Terminating states), except a refresh, which takes {@link DemoInstanceRefresh#DURATION}.
 * Not thread-safe: {@link DemoAccount} serialises access.
 */
final class DemoScaling {

    static final String GROUP_NAME_TAG = "aws:autoscaling:groupName";
    static final String STACK_ID_TAG = "aws:cloudformation:stack-id";
    static final String LOGICAL_ID_TAG = "aws:cloudformation:logical-id";
    /** How long after a request Auto Scaling launches or terminates for it (the cause's second sentence). */
    static final Duration REACTION = Duration.ofSeconds(40);
    private static final String AUTO_SCALING = DemoTrail.AUTO_SCALING_SERVICE;
    private static final String CLOUDFORMATION = Actor.CLOUDFORMATION_SERVICE;
    private static final String GROUP_PARAMETER = "autoScalingGroupName";
    private static final String SHRINKING = "an instance was taken out of service in response to a difference"
            + " between desired and actual capacity, shrinking the capacity from ";
    private static final String INCREASING = "an instance was started in response to a difference between desired"
            + " and actual capacity, increasing the capacity from ";
    /** Every demo template launches this type; the security groups are what the stories are about. */
    private static final String INSTANCE_TYPE = "m5.large";

    private final DemoIds ids;
    private final DemoClock clock;
    private final DemoEc2 ec2;
    private final DemoTrail trail;
    private final String accountId;
    private final DemoLaunchTemplates templates;
    private final DemoCloudFormation cloudFormation;
    private final DemoActivities activities = new DemoActivities();
    private final Map<String, DemoScalingGroup> groups = new LinkedHashMap<>();
    /** Per group key, newest first as Auto Scaling lists them. */
    private final Map<String, List<DemoInstanceRefresh>> refreshes = new LinkedHashMap<>();
    private final Map<String, List<String>> resourceGroupNames = new LinkedHashMap<>();

    DemoScaling(DemoIds ids, DemoClock clock, DemoEc2 ec2, DemoTrail trail, String accountId) {
        this.ids = ids;
        this.clock = clock;
        this.ec2 = ec2;
        this.trail = trail;
        this.accountId = accountId;
        this.templates = new DemoLaunchTemplates(ids);
        this.cloudFormation = new DemoCloudFormation(ids, accountId);
    }

    // --- building --------------------------------------------------------------------------------

    /** A Resource Groups group, such as the one Application Manager keeps for an application. */
    void addResourceGroup(String region, String name) {
        resourceGroupNames.computeIfAbsent(region, r -> new ArrayList<>()).add(name);
    }

    CloudFormationStack createStack(String region, String name, Map<String, String> tags) {
        return cloudFormation.create(region, name, tags, clock.now());
    }

    DemoLaunchTemplates templates() {
        return templates;
    }

    /** A launch template created by a CloudFormation stack, and so deleted with it. */
    LaunchTemplate createLaunchTemplate(CloudFormationStack stack, String logicalId, String name,
                                        List<String> groupIds) {
        LaunchTemplate template = templates.create(stack.region(), name, groupIds);
        cloudFormation.addResource(stack.id(), new StackResource(logicalId, DemoCloudFormation.LAUNCH_TEMPLATE,
                template.id(), "CREATE_COMPLETE"));
        return template;
    }

    /**
     * A group CloudFormation creates: named {@code <stack>-<logical id>-<random>}, tagged with the stack's tags and
     * CloudFormation's own, launching {@code desiredCapacity} instances.
     */
    DemoScalingGroup createGroup(CloudFormationStack stack, String logicalId, String vpcId, LaunchTemplateSpec spec,
                                 int minSize, int maxSize, int desiredCapacity, UpdatePolicyPresence updatePolicy) {
        String name = stack.name() + "-" + logicalId + "-" + ids.cloudFormationSuffix();
        Map<String, String> tags = new LinkedHashMap<>(stack.tags());
        tags.put(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG, stack.name());
        tags.put(STACK_ID_TAG, stack.id());
        tags.put(LOGICAL_ID_TAG, logicalId);
        cloudFormation.addResource(stack.id(), new StackResource(logicalId, StackResource.AUTO_SCALING_GROUP, name,
                "CREATE_COMPLETE"));
        return createGroup(stack.region(), vpcId, name, spec, minSize, maxSize, desiredCapacity, tags, updatePolicy);
    }

    /** CreateAutoScalingGroup, launching {@code desiredCapacity} instances from the version the spec names. */
    DemoScalingGroup createGroup(String region, String vpcId, String name, LaunchTemplateSpec spec, int minSize,
                                 int maxSize, int desiredCapacity, Map<String, String> tags,
                                 UpdatePolicyPresence updatePolicy) {
        String arn = "arn:aws:autoscaling:" + region + ":" + accountId + ":autoScalingGroup:"
                + ids.opsworksId("auto-scaling-group") + ":autoScalingGroupName/" + name;
        DemoScalingGroup group = new DemoScalingGroup(name, arn, region, vpcId, spec, minSize, maxSize, tags,
                updatePolicy);
        groups.put(key(region, name), group);
        refreshes.put(key(region, name), new ArrayList<>());
        scaleTo(group, requireWithinLimits(group, desiredCapacity), userRequest(
                "created an AutoScalingGroup changing the desired capacity from 0 to " + desiredCapacity));
        return group;
    }

    /**
     * Points the group at another version of its template (a stack update when a stack owns the group, else
     * UpdateAutoScalingGroup): running instances keep their groups.
     */
    void useLaunchTemplateVersion(String region, String groupName, String version) {
        DemoScalingGroup group = requireGroup(region, groupName);
        LaunchTemplateSpec current = group.launchTemplate();
        group.useLaunchTemplate(new LaunchTemplateSpec(current.templateId(), current.templateName(),
                Optional.of(version)));
        cloudFormation.ownerOfGroup(region, groupName).ifPresent(stack -> cloudFormation.updated(stack.id()));
    }

    /** The migration script's scale-in protection: the tag's key alone counts. */
    void tagProtected(String ec2Id) {
        ec2.tag(ec2Id, TaggedEc2Instance.PROTECTED_INSTANCE_TAG, "");
    }

    /** SetInstanceProtection(ProtectedFromScaleIn=true). */
    void protectFromScaleIn(String region, String ec2Id) {
        DemoScalingGroup group = groupOfInstance(region, ec2Id);
        group.replace(group.member(ec2Id).orElseThrow().protectFromScaleIn());
    }

    // --- reads -----------------------------------------------------------------------------------

    List<AutoScalingGroup> groups(String region) {
        return groups.values().stream().filter(group -> group.region().equals(region))
                .map(DemoScalingGroup::describe).toList();
    }

    Optional<AutoScalingGroup> group(String region, String name) {
        return findGroup(region, name).map(DemoScalingGroup::describe);
    }

    LaunchTemplate launchTemplate(String region, LaunchTemplateSpec spec) {
        return templates.require(region, spec);
    }

    LaunchTemplateVersion launchTemplateVersion(String region, String templateId, long versionNumber) {
        return templates.version(region, templateId, versionNumber);
    }

    List<TaggedEc2Instance> taggedInstances(String region, Collection<String> ec2Ids) {
        return ec2.instances(region, ec2Ids).stream()
                .map(instance -> new TaggedEc2Instance(instance, ec2.tagsOf(instance.id()))).toList();
    }

    List<InstanceRefresh> refreshes(String region, String groupName) {
        return refreshes.getOrDefault(key(region, groupName), List.of()).stream()
                .map(refresh -> refresh.describe(clock.now())).toList();
    }

    /** DescribeScalingActivities with IncludeDeletedGroups: six weeks, newest first. */
    List<ScalingActivity> activities(String region, String groupName) {
        return activities.of(key(region, groupName), clock.now());
    }

    List<CloudFormationStack> cloudFormationStacks(String region) {
        return cloudFormation.stacks(region);
    }

    List<StackResource> stackResources(String region, String stackName) {
        return cloudFormation.resources(region, stackName);
    }

    /** Each stack's (CloudFormation stack or lone group) groups' instances right now: stack id, group, ids. */
    Map<String, Map<String, List<String>>> instancesByStackAndGroup() {
        Map<String, Map<String, List<String>>> instances = new LinkedHashMap<>();
        groups.values().forEach(group -> instances.computeIfAbsent(stackIdOf(group), id -> new LinkedHashMap<>())
                .put(group.name(), group.members().stream().map(DemoScalingGroup.Member::ec2Id).toList()));
        return instances;
    }

    List<String> resourceGroupNames(String region) {
        return List.copyOf(resourceGroupNames.getOrDefault(region, List.of()));
    }

    // --- which stack a target belongs to now -------------------------------------------------------

    /** The ARN of the CloudFormation stack that holds the group, else the group's own. */
    Optional<String> stackIdOfGroup(String region, String groupName) {
        return findGroup(region, groupName).map(this::stackIdOf);
    }

    Optional<String> stackIdOfInstance(String region, String ec2Id) {
        return findGroupOfInstance(region, ec2Id).map(this::stackIdOf);
    }

    Optional<String> stackIdOfCloudFormationStack(String region, String stackNameOrArn) {
        return cloudFormation.find(region, stackNameOrArn).map(CloudFormationStack::id);
    }

    // --- operations ------------------------------------------------------------------------------

    /** SetDesiredCapacity: within min..max (else AWS's ValidationError); a decrease terminates instances. */
    void setDesiredCapacity(Actor actor, String region, String groupName, int desiredCapacity) {
        DemoScalingGroup group = requireGroup(region, groupName);
        requireWithinLimits(group, desiredCapacity);
        trail.call(actor, AUTO_SCALING, "SetDesiredCapacity", region, List.of(groupName), Map.of(GROUP_PARAMETER,
                groupName, "desiredCapacity", Integer.toString(desiredCapacity)));
        scaleTo(group, desiredCapacity, userRequest("explicitly set group desired capacity changing the desired"
                + " capacity from " + group.desiredCapacity() + " to " + desiredCapacity));
    }

    /**
     * TerminateInstanceInAutoScalingGroup. Decrementing lowers the desired capacity (never below the minimum);
     * otherwise the group launches a replacement from the version it uses now. Scale-in protection does not
     * protect from this call.
     */
    void terminateInstance(Actor actor, String region, String ec2Id, boolean decrementDesiredCapacity) {
        DemoScalingGroup group = groupOfInstance(region, ec2Id);
        if (decrementDesiredCapacity && group.desiredCapacity() - 1 < group.minSize()) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "Currently, desiredSize equals minSize ("
                    + group.minSize() + "). Terminating instance without replacement will violate group's min size"
                    + " constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min"
                    + " size.");
        }
        trail.call(actor, AUTO_SCALING, "TerminateInstanceInAutoScalingGroup", region, List.of(ec2Id), Map.of(
                "instanceId", ec2Id, "shouldDecrementDesiredCapacity", Boolean.toString(decrementDesiredCapacity)));
        Instant asked = clock.now();
        int capacity = group.members().size();
        clock.advance(REACTION);
        String taken = "an instance was taken out of service in response to a user request";
        if (decrementDesiredCapacity) {
            group.setDesiredCapacity(group.desiredCapacity() - 1);
            terminate(group, ec2Id, DemoActivities.sentence(asked, taken + ", shrinking the capacity from " + capacity
                    + " to " + (capacity - 1)));
        } else {
            terminate(group, ec2Id, DemoActivities.sentence(asked, taken));
            launch(group, versionInUse(group), DemoActivities.sentence(clock.now(), INCREASING + (capacity - 1)
                    + " to " + capacity));
        }
    }

    /**
     * A stack update whose change replaces the group's instances with its capacity kept, as CloudFormation's
     * AutoScalingRollingUpdate does in batches of one for a stack without a service role: the person's UpdateStack,
     * then for each old instance CloudFormation's TerminateInstanceInAutoScalingGroup without decrement ("Terminating
     * instance(s) […]; replacing with 1 new instance(s)"), with the person's identity; the group launches the new one.
     */
    void rollingReplacement(Actor actor, String region, String stackName) {
        CloudFormationStack stack = cloudFormation.require(region, stackName);
        trail.call(actor, CLOUDFORMATION, "UpdateStack", region, List.of(stack.id()), Map.of("stackName",
                stack.name()));
        // CloudFormation starts on the update a moment after it was asked.
        clock.advance(Duration.ofSeconds(20));
        Actor cloudFormationForActor = actor.throughCloudFormation();
        for (StackResource resource : cloudFormation.resources(region, stack.id())) {
            if (resource.isAutoScalingGroup()) {
                DemoScalingGroup group = requireGroup(region, resource.physicalId());
                for (DemoScalingGroup.Member old : group.members()) {
                    terminateInstance(cloudFormationForActor, region, old.ec2Id(), false);
                }
            }
        }
        cloudFormation.updated(stack.id());
    }

    /** StartInstanceRefresh with SkipMatching; returns the refresh's id. Refused while one is active. */
    String startInstanceRefresh(Actor actor, String region, String groupName) {
        DemoScalingGroup group = requireGroup(region, groupName);
        List<DemoInstanceRefresh> ofGroup = refreshes.get(key(region, groupName));
        if (ofGroup.stream().anyMatch(DemoInstanceRefresh::isActive)) {
            throw new CloudException(CloudException.Kind.CONFLICT, "An Instance Refresh is already in progress and"
                    + " blocks the execution of this Instance Refresh.");
        }
        trail.call(actor, AUTO_SCALING, "StartInstanceRefresh", region, List.of(groupName), Map.of(GROUP_PARAMETER,
                groupName, "preferences.skipMatching", "true"));
        LaunchTemplateVersion target = versionInUse(group);
        DemoInstanceRefresh refresh = new DemoInstanceRefresh(ids.opsworksId("instance-refresh"), groupName,
                clock.now(), target.templateId(), target.versionNumber());
        ofGroup.add(0, refresh);
        return refresh.id();
    }

    /** CancelInstanceRefresh: the active one; without one AWS answers ActiveInstanceRefreshNotFound. */
    void cancelInstanceRefresh(Actor actor, String region, String groupName) {
        requireGroup(region, groupName);
        DemoInstanceRefresh active = refreshes.get(key(region, groupName)).stream()
                .filter(DemoInstanceRefresh::isActive).findFirst()
                .orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND,
                        "No in progress or pending Instance Refresh found for Auto Scaling group " + groupName));
        trail.call(actor, AUTO_SCALING, "CancelInstanceRefresh", region, List.of(groupName), Map.of(GROUP_PARAMETER,
                groupName));
        active.cancel(clock.now());
    }

    /** EC2 ModifyInstanceAttribute(Groups) on an instance of a group: the template is not told. */
    void hotfixInstanceGroups(Actor actor, String region, String ec2Id, List<String> groupIds) {
        groupOfInstance(region, ec2Id);
        if (groupIds.isEmpty()) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT,
                    "An instance needs at least one security group");
        }
        Ec2Instance instance = ec2.find(ec2Id).orElseThrow();
        ec2.requireGroupsIn(region, instance.vpcId(), groupIds);
        ec2.replaceGroups(ec2Id, groupIds);
        trail.modifyInstanceAttribute(actor, region, ec2Id, groupIds);
    }

    /** DeleteAutoScalingGroup: a group with instances only when forced (AWS: ResourceInUse). */
    void deleteGroup(Actor actor, String region, String groupName, boolean forceDelete) {
        DemoScalingGroup group = requireGroup(region, groupName);
        if (!forceDelete && !group.members().isEmpty()) {
            throw new CloudException(CloudException.Kind.CONFLICT, "You cannot delete an AutoScalingGroup while"
                    + " there are instances or pending Spot instance requests in the group: " + groupName);
        }
        trail.call(actor, AUTO_SCALING, "DeleteAutoScalingGroup", region, List.of(groupName), Map.of(GROUP_PARAMETER,
                groupName, "forceDelete", Boolean.toString(forceDelete)));
        int capacity = group.members().size();
        String request = userRequest("update of AutoScalingGroup constraints to min: 0, max: 0, desired: 0 changing"
                + " the desired capacity from " + group.desiredCapacity() + " to 0");
        clock.advance(REACTION);
        group.members().forEach(member -> terminate(group, member.ec2Id(), DemoActivities.cause(List.of(request,
                DemoActivities.sentence(clock.now(), SHRINKING + capacity + " to 0")))));
        groups.remove(key(region, groupName));
        refreshes.remove(key(region, groupName));
    }

    /** DeleteStack: its groups with their instances and its launch templates go with it. */
    void deleteStack(Actor actor, String region, String stackNameOrArn) {
        CloudFormationStack stack = cloudFormation.require(region, stackNameOrArn);
        trail.call(actor, CLOUDFORMATION, "DeleteStack", region, List.of(stack.id()), Map.of("stackName",
                stackNameOrArn));
        for (StackResource resource : cloudFormation.resources(region, stack.id())) {
            if (resource.isAutoScalingGroup() && findGroup(region, resource.physicalId()).isPresent()) {
                deleteGroup(actor == null ? null : actor.throughCloudFormation(), region, resource.physicalId(),
                        true);
            } else if (resource.type().equals(DemoCloudFormation.LAUNCH_TEMPLATE)) {
                templates.delete(resource.physicalId());
            }
        }
        cloudFormation.delete(stack.id());
    }

    /** Refreshes whose time is up replace their instances now; called before every read and change. */
    void finishDueRefreshes() {
        for (DemoScalingGroup group : groups.values()) {
            for (DemoInstanceRefresh refresh : refreshes.get(key(group.region(), group.name()))) {
                if (refresh.isDue(clock.now())) {
                    replaceNotMatching(group, refresh);
                    refresh.succeed();
                }
            }
        }
    }

    // --- rules -----------------------------------------------------------------------------------

    private void replaceNotMatching(DemoScalingGroup group, DemoInstanceRefresh refresh) {
        LaunchTemplateVersion target = templates.version(group.region(), refresh.targetTemplateId(),
                refresh.targetVersion());
        for (DemoScalingGroup.Member member : group.members()) {
            boolean matching = member.templateId().equals(target.templateId())
                    && member.launchedFrom() == target.versionNumber();
            if (!matching && !isSpared(member)) {
                Instant now = clock.now();
                terminate(group, member.ec2Id(), DemoActivities.cause(List.of(DemoActivities.sentence(now,
                        "an instance was taken out of service in response to an instance refresh"),
                        DemoActivities.sentence(now, "instance " + member.ec2Id() + " was selected for termination"))));
                launch(group, target, DemoActivities.sentence(now,
                        "an instance was launched in response to an instance refresh"));
            }
        }
    }

    /**
     * The group's new desired capacity, and the launches or terminations that bring its instances there
     * {@link #REACTION} after the request ({@code request}: its cause's first sentence).
     */
    private void scaleTo(DemoScalingGroup group, int desiredCapacity, String request) {
        int capacity = group.members().size();
        group.setDesiredCapacity(desiredCapacity);
        LaunchTemplateVersion inUse = versionInUse(group);
        clock.advance(REACTION);
        String change = (desiredCapacity < capacity ? SHRINKING : INCREASING) + capacity + " to " + desiredCapacity;
        String cause = DemoActivities.cause(List.of(request, DemoActivities.sentence(clock.now(), change)));
        DemoTerminationPolicy.choose(group.members(), capacity - desiredCapacity, inUse, this::isSpared)
                .forEach(member -> terminate(group, member.ec2Id(), cause));
        for (int i = group.members().size(); i < desiredCapacity; i++) {
            launch(group, inUse, cause);
        }
    }

    /** The first sentence of a cause for a request made now: "At … a user request {@code words}." */
    private String userRequest(String words) {
        return DemoActivities.sentence(clock.now(), "a user request " + words);
    }

    /** Scale-in protection, or the migration script's tag, which its termination policy honours too. */
    private boolean isSpared(DemoScalingGroup.Member member) {
        return member.protectedFromScaleIn()
                || ec2.tagsOf(member.ec2Id()).containsKey(TaggedEc2Instance.PROTECTED_INSTANCE_TAG);
    }

    /** RunInstances by the group: the version's groups, the group's tags, and the launch template tags. */
    private void launch(DemoScalingGroup group, LaunchTemplateVersion version, String cause) {
        Map<String, String> tags = new LinkedHashMap<>(group.tags());
        tags.put(GROUP_NAME_TAG, group.name());
        tags.put(TaggedEc2Instance.LAUNCH_TEMPLATE_ID_TAG, version.templateId());
        tags.put(TaggedEc2Instance.LAUNCH_TEMPLATE_VERSION_TAG, Long.toString(version.versionNumber()));
        Ec2Instance launched = ec2.launch(group.region(), group.vpcId(), RootDeviceType.EBS,
                ec2.refs(version.securityGroupIds()), tags, clock.now());
        group.add(new DemoScalingGroup.Member(launched.id(), INSTANCE_TYPE, version.templateId(),
                version.versionNumber(), launched.launchTime(), false));
        activities.launched(key(group.region(), group.name()), group.name(), launched.id(), cause, clock.now());
    }

    private void terminate(DemoScalingGroup group, String ec2Id, String cause) {
        group.remove(ec2Id);
        ec2.terminate(ec2Id);
        activities.terminated(key(group.region(), group.name()), group.name(), ec2Id, cause, clock.now());
        trail.autoScalingTerminate(group.region(), ec2Id);
    }

    private LaunchTemplateVersion versionInUse(DemoScalingGroup group) {
        return templates.versionFor(group.region(), group.launchTemplate());
    }

    private String stackIdOf(DemoScalingGroup group) {
        return cloudFormation.ownerOfGroup(group.region(), group.name()).map(CloudFormationStack::id)
                .orElse(group.arn());
    }

    private static int requireWithinLimits(DemoScalingGroup group, int desiredCapacity) {
        if (desiredCapacity < group.minSize()) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "New SetDesiredCapacity value "
                    + desiredCapacity + " is below min value " + group.minSize() + " for the AutoScalingGroup.");
        }
        if (desiredCapacity > group.maxSize()) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "New SetDesiredCapacity value "
                    + desiredCapacity + " is above max value " + group.maxSize() + " for the AutoScalingGroup.");
        }
        return desiredCapacity;
    }

    private Optional<DemoScalingGroup> findGroup(String region, String name) {
        return Optional.ofNullable(groups.get(key(region, name)));
    }

    private DemoScalingGroup requireGroup(String region, String name) {
        return findGroup(region, name).orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND,
                "AutoScalingGroup name not found - " + name));
    }

    private Optional<DemoScalingGroup> findGroupOfInstance(String region, String ec2Id) {
        return groups.values().stream().filter(group -> group.region().equals(region))
                .filter(group -> group.member(ec2Id).isPresent()).findFirst();
    }

    private DemoScalingGroup groupOfInstance(String region, String ec2Id) {
        return findGroupOfInstance(region, ec2Id).orElseThrow(() -> new CloudException(
                CloudException.Kind.NOT_FOUND, "Instance Id not found - No managed instance found for instance ID: "
                + ec2Id));
    }

    private static String key(String region, String groupName) {
        return region + "/" + groupName;
    }
}
