package safetyconsole.asgdrift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.MixedInstancesPolicy;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;
import safetyconsole.testing.TestArns;
import safetyconsole.testing.TestClocks;

/**
 * One Auto Scaling group and what was read about it, built in a line per fact. Its template {@value #WEB}
 * ("web-lt") has version 1 with sg-web and version 2 (the latest) adding sg-mon; which version is the default
 * and which one the group names, each case says.
 */
final class Fleet {

    static final String WEB = "lt-0web";
    static final String GROUP = "shop-prod-rails-app-3f2a9c-ApplicationAsg-X1";

    private final List<LaunchTemplate> templates = new ArrayList<>();
    private final List<LaunchTemplateVersion> versions = new ArrayList<>();
    private final List<SecurityGroup> defaultVpcGroups = new ArrayList<>();
    private final List<AutoScalingInstance> instances = new ArrayList<>();
    private final List<TaggedEc2Instance> ec2 = new ArrayList<>();
    private final List<InstanceRefresh> refreshes = new ArrayList<>();
    private final Map<String, String> groupTags = new HashMap<>();
    private Optional<LaunchTemplateSpec> launchTemplate = Optional.empty();
    private Optional<MixedInstancesPolicy> mixed = Optional.empty();
    private UpdatePolicyPresence updatePolicy = UpdatePolicyPresence.UNKNOWN;

    /** The usual template: default {@code defaultVersion}, latest 2; the group names it by id with {@code version}. */
    static Fleet web(long defaultVersion, String version) {
        return new Fleet().template(WEB, "web-lt", defaultVersion, 2)
                .version(WEB, 1, "sg-web").version(WEB, 2, "sg-web", "sg-mon")
                .uses(LaunchTemplateSpec.byId(WEB, version));
    }

    Fleet template(String id, String name, long defaultVersion, long latestVersion) {
        templates.add(new LaunchTemplate(id, name, defaultVersion, latestVersion));
        return this;
    }

    Fleet version(String templateId, long number, String... groupIds) {
        versions.add(new LaunchTemplateVersion(templateId, number, List.of(groupIds), List.of(), List.of()));
        return this;
    }

    Fleet version(LaunchTemplateVersion version) {
        versions.add(version);
        return this;
    }

    Fleet withoutVersions() {
        versions.clear();
        return this;
    }

    Fleet defaultVpcGroup(String id, String name) {
        defaultVpcGroups.add(new SecurityGroup(id, name, "vpc-default", name));
        return this;
    }

    Fleet uses(LaunchTemplateSpec spec) {
        launchTemplate = Optional.of(spec);
        return this;
    }

    Fleet usesLaunchConfiguration() {
        launchTemplate = Optional.empty();
        return this;
    }

    Fleet mixed(MixedInstancesPolicy policy) {
        mixed = Optional.of(policy);
        return this;
    }

    Fleet ownedBy(String stackName, UpdatePolicyPresence policy) {
        groupTags.put(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG, stackName);
        updatePolicy = policy;
        return this;
    }

    /** An InService t3.small launched from {@code version} of {@link #WEB}, with these groups. */
    Fleet instance(String id, String version, String... groupIds) {
        return instance(id, "t3.small", AutoScalingLifecycleState.IN_SERVICE, false, launchTags(WEB, version),
                groupIds);
    }

    Fleet instance(String id, String instanceType, AutoScalingLifecycleState state, boolean scaleInProtected,
                   Map<String, String> tags, String... groupIds) {
        instances.add(new AutoScalingInstance(id, instanceType, state, scaleInProtected));
        List<GroupRef> groups = Arrays.stream(groupIds).map(group -> new GroupRef(group, "name-of-" + group))
                .collect(Collectors.toList());
        ec2.add(new TaggedEc2Instance(new Ec2Instance(id, Ec2State.RUNNING, "vpc-1", RootDeviceType.EBS, groups,
                "10.0.0.1", null, TestClocks.NOW), tags));
        return this;
    }

    /** Auto Scaling lists it; EC2 does not know it (yet, or any more). */
    Fleet instanceUnknownToEc2(String id) {
        instances.add(new AutoScalingInstance(id, "t3.small", AutoScalingLifecycleState.PENDING, false));
        return this;
    }

    Fleet refresh(String id, InstanceRefreshStatus status, int percentage, Instant start) {
        refreshes.add(new InstanceRefresh(id, GROUP, status, OptionalInt.of(percentage), Optional.of(start),
                status == InstanceRefreshStatus.FAILED ? Optional.of("Instance i-x failed its health check")
                        : Optional.empty()));
        return this;
    }

    static Map<String, String> launchTags(String templateId, String version) {
        return Map.of(TaggedEc2Instance.LAUNCH_TEMPLATE_ID_TAG, templateId,
                TaggedEc2Instance.LAUNCH_TEMPLATE_VERSION_TAG, version);
    }

    ScalingGroupFacts facts() {
        AutoScalingGroup group = new AutoScalingGroup(GROUP, TestArns.group("eu-west-1", GROUP), "eu-west-1",
                launchTemplate, mixed, instances.size(), 0, 10, groupTags, updatePolicy, instances);
        return new ScalingGroupFacts(group, templates, versions, defaultVpcGroups, ec2, refreshes);
    }

    ScalingGroupDrift analyze() {
        return ScalingGroupDriftAnalyzer.analyze(facts());
    }
}
