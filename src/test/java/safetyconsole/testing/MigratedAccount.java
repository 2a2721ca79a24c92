package safetyconsole.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.SystemsManagerReads;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;

/**
 * An account without OpsWorks stacks whose region {@value #REGION} holds CloudFormation stacks, Auto Scaling groups
 * on launch templates and their instances, built in a line per fact. Any read can be made to fail by its name
 * ({@code describeStackResources shop-prod-db-3f2a9c}, {@code listResourceGroupNames}, …); calls are counted so.
 */
public class MigratedAccount extends EmptyAccount {

    public static final String REGION = "us-east-1";

    private final Map<String, CloudFormationStack> stacks = new LinkedHashMap<>();
    private final Map<String, List<StackResource>> resources = new HashMap<>();
    private final Map<String, AutoScalingGroup> groups = new LinkedHashMap<>();
    private final Map<String, LaunchTemplate> templates = new HashMap<>();
    private final Map<String, LaunchTemplateVersion> versions = new HashMap<>();
    private final Map<String, TaggedEc2Instance> ec2 = new HashMap<>();
    private final Map<String, List<InstanceRefresh>> refreshes = new HashMap<>();
    private final List<String> applications = new ArrayList<>();
    private final List<SecurityGroup> securityGroups = new ArrayList<>();
    private final Map<String, CloudException> failures = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();

    public MigratedAccount() {
        super("migrated test account", new CallerIdentity(TestArns.ACCOUNT, "arn:aws:iam::" + TestArns.ACCOUNT
                + ":user/tester", "AIDATEST"));
    }

    /** A CloudFormation stack in CREATE_COMPLETE; returns its ARN. */
    public String cloudFormationStack(String name, Map<String, String> tags) {
        return cloudFormationStack(name, "CREATE_COMPLETE", tags);
    }

    public String cloudFormationStack(String name, String status, Map<String, String> tags) {
        String arn = TestArns.cloudFormationStack(REGION, name);
        stacks.put(name, new CloudFormationStack(arn, name, REGION, status, tags, TestClocks.NOW));
        resources.putIfAbsent(name, new ArrayList<>());
        return arn;
    }

    /** The stack holds the group as a resource (logical id ApplicationAsg, as the migration script names it). */
    public MigratedAccount holds(String stackName, String groupName) {
        resources.get(stackName).add(new StackResource("ApplicationAsg", StackResource.AUTO_SCALING_GROUP, groupName,
                "CREATE_COMPLETE"));
        return this;
    }

    /** A template whose default and latest version is {@code versions}' last; version n has the groups given. */
    public MigratedAccount template(String id, String name, List<List<String>> groupsByVersion) {
        templates.put(id, new LaunchTemplate(id, name, groupsByVersion.size(), groupsByVersion.size()));
        for (int number = 1; number <= groupsByVersion.size(); number++) {
            versions.put(id + "#" + number, new LaunchTemplateVersion(id, number, groupsByVersion.get(number - 1),
                    List.of(), List.of()));
        }
        return this;
    }

    /** A group on {@code templateId} at {@code version} ("$Latest", "2", …), without instances. */
    public MigratedAccount group(String name, String templateId, String version, Map<String, String> tags) {
        groups.put(name, new AutoScalingGroup(name, TestArns.group(REGION, name), REGION,
                Optional.of(LaunchTemplateSpec.byId(templateId, version)), Optional.empty(), 0, 0, 10, tags,
                UpdatePolicyPresence.UNKNOWN, List.of()));
        return this;
    }

    /** An InService instance of the group, launched from {@code launchedVersion} of its template. */
    public MigratedAccount instance(String groupName, String instanceId, long launchedVersion, String... groupIds) {
        AutoScalingGroup group = groups.get(groupName);
        List<AutoScalingInstance> instances = new ArrayList<>(group.instances());
        instances.add(new AutoScalingInstance(instanceId, "t3.small", AutoScalingLifecycleState.IN_SERVICE, false));
        groups.put(groupName, new AutoScalingGroup(group.name(), group.arn(), group.region(), group.launchTemplate(),
                group.mixedInstancesPolicy(), instances.size(), group.minSize(), group.maxSize(), group.tags(),
                group.updatePolicy(), instances));
        String templateId = group.launchTemplate().orElseThrow().templateId().orElseThrow();
        ec2.put(instanceId, new TaggedEc2Instance(new Ec2Instance(instanceId, Ec2State.RUNNING, "vpc-1",
                RootDeviceType.EBS, List.of(groupIds).stream().map(id -> new GroupRef(id, groupName(id))).toList(),
                "10.0.0.1",
                null, TestClocks.NOW), Map.of(TaggedEc2Instance.LAUNCH_TEMPLATE_ID_TAG, templateId,
                TaggedEc2Instance.LAUNCH_TEMPLATE_VERSION_TAG, Long.toString(launchedVersion))));
        return this;
    }

    /** The name EC2 gives a security group here: "sg-mon" is "shop-mon". */
    public static String groupName(String groupId) {
        return "shop-" + groupId.substring("sg-".length());
    }

    public MigratedAccount refresh(InstanceRefresh refresh) {
        refreshes.computeIfAbsent(refresh.groupName(), name -> new ArrayList<>()).add(refresh);
        return this;
    }

    /** A security group of {@code vpc-1}, the VPC of every instance here. */
    public MigratedAccount securityGroup(String id, String name) {
        securityGroups.add(new SecurityGroup(id, name, "vpc-1", name));
        return this;
    }

    public MigratedAccount application(String name) {
        applications.add(name);
        return this;
    }

    /**
     * The read named {@code call} (the method's name, then the stack or group it reads, if any; for the two lists,
     * the method's name then the region fails that region only) throws.
     */
    public MigratedAccount failing(String call, CloudException failure) {
        failures.put(call, failure);
        return this;
    }

    public int calls(String call) {
        return calls.getOrDefault(call, 0);
    }

    private void call(String call) {
        calls.merge(call, 1, Integer::sum);
        CloudException failure = failures.get(call);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public List<CloudFormationStack> describeCloudFormationStacks(String region) {
        call("describeCloudFormationStacks");
        call("describeCloudFormationStacks " + region);
        return region.equals(REGION) ? List.copyOf(stacks.values()) : List.of();
    }

    @Override
    public List<StackResource> describeStackResources(String region, String stackName) {
        CloudFormationStack stack = stacks.values().stream()
                .filter(listed -> listed.id().equals(stackName) || listed.name().equals(stackName)).findFirst()
                .orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND, "No stack " + stackName));
        call("describeStackResources " + stack.name());
        return List.copyOf(resources.get(stack.name()));
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
        call("describeAutoScalingGroups");
        call("describeAutoScalingGroups " + region);
        return region.equals(REGION) ? List.copyOf(groups.values()) : List.of();
    }

    @Override
    public Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
        call("describeAutoScalingGroup " + groupName);
        return Optional.ofNullable(groups.get(groupName));
    }

    @Override
    public LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec) {
        call("describeLaunchTemplate");
        return Optional.ofNullable(templates.get(spec.templateId().orElseThrow()))
                .orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND, "No template " + spec));
    }

    @Override
    public LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long number) {
        call("describeLaunchTemplateVersion");
        return Optional.ofNullable(versions.get(templateId + "#" + number)).orElseThrow(() ->
                new CloudException(CloudException.Kind.NOT_FOUND, "No version " + number + " of " + templateId));
    }

    @Override
    public List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds) {
        call("describeTaggedEc2Instances");
        return instanceIds.stream().map(ec2::get).filter(tagged -> tagged != null).toList();
    }

    @Override
    public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
        call("describeInstanceRefreshes " + groupName);
        return refreshes.getOrDefault(groupName, List.of());
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        call("describeSecurityGroups " + vpcId);
        return securityGroups.stream().filter(group -> group.vpcId().equals(vpcId)).toList();
    }

    @Override
    public List<String> listResourceGroupNames(String region) {
        call("listResourceGroupNames");
        return List.copyOf(applications);
    }

    /** Systems Manager with no run lists and no own documents (the look's reads are not answered). */
    @Override
    public SystemsManagerReads systemsManager() {
        return new SystemsManagerReads() {
            @Override
            public Map<String, String> parametersByPath(String region, String path) {
                call("parametersByPath " + path);
                return Map.of();
            }

            @Override
            public List<String> ownDocumentNames(String region) {
                call("ownDocumentNames");
                return List.of();
            }

            @Override
            public String documentContent(String region, String documentName) {
                call("documentContent " + documentName);
                throw new CloudException(CloudException.Kind.NOT_FOUND, documentName);
            }

            @Override
            public Set<String> managedInstanceIds(String region, Collection<String> instanceIds) {
                throw new UnsupportedOperationException("not in this test account");
            }

            @Override
            public CommandInvocation commandInvocation(String region, String commandId, String instanceId) {
                throw new UnsupportedOperationException("not in this test account");
            }
        };
    }
}
