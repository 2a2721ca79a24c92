package safetyconsole.cloud.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateNetworkInterface;
import safetyconsole.cloud.LaunchTemplateOverride;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.MixedInstancesPolicy;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;

/**
 * The migrated stacks of a snapshot: per region, the AWS CLI output under {@code migrated/<region>/} (commands in
 * the README). The groups, launch templates and CloudFormation stacks are read and checked when the snapshot opens;
 * the files named after a group, template or stack (versions, refreshes, resources) when they are asked for, so a
 * missing one is that item's "not checked", never the whole snapshot's failure. A name that would lead out of its
 * folder is refused.
 */
final class SnapshotScalingGroups implements ScalingGroupReads {

    static final String FOLDER = "migrated";

    private final Path root;
    private final Map<String, Region> regions;

    private record Region(List<AutoScalingGroup> groups, List<LaunchTemplate> templates,
                          List<CloudFormationStack> stacks, Optional<List<String>> resourceGroups,
                          Map<String, TaggedEc2Instance> ec2) {
    }

    private SnapshotScalingGroups(Path root, Map<String, Region> regions) {
        this.root = root;
        this.regions = regions;
    }

    /** The regions with a {@code migrated/<region>/} folder, in name order. */
    static List<String> regionsIn(Path root) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(SnapshotScalingGroups::isSafeName).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new SnapshotException(folder + " could not be listed: " + e.getMessage(), e);
        }
    }

    /** @param ec2 each region's EC2 instances with their tags ({@code ec2/<region>/instances.json}) */
    static SnapshotScalingGroups read(Path root, Map<String, Map<String, TaggedEc2Instance>> ec2) {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (String region : regionsIn(root)) {
            String dir = FOLDER + "/" + region + "/";
            regions.put(region, new Region(readGroups(root, dir, region), readTemplates(root, dir, region),
                    readStacks(root, dir, region), readResourceGroups(root, dir), ec2.getOrDefault(region, Map.of())));
        }
        return new SnapshotScalingGroups(root, regions);
    }

    private static List<AutoScalingGroup> readGroups(Path root, String dir, String region) {
        String relative = dir + "auto-scaling-groups.json";
        SnapshotFile file = SnapshotFile.read(root, relative, SnapshotFile.Size.LIST,
                "aws autoscaling describe-auto-scaling-groups --region " + region + " > " + relative);
        List<AutoScalingGroup> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SnapshotFile.Item item : file.array("AutoScalingGroups")) {
            String name = item.unique("AutoScalingGroupName", names);
            List<AutoScalingInstance> instances = item.items("Instances").stream()
                    .map(instance -> new AutoScalingInstance(instance.text("InstanceId"),
                            Optional.ofNullable(instance.optionalText("InstanceType")).orElse(""),
                            AutoScalingLifecycleState.fromApiName(instance.text("LifecycleState")),
                            instance.bool("ProtectedFromScaleIn", false)))
                    .collect(Collectors.toList());
            groups.add(new AutoScalingGroup(name, item.text("AutoScalingGroupARN"),
                    region, item.optionalObject("LaunchTemplate").flatMap(SnapshotScalingGroups::spec), mixed(item),
                    whole(item, "DesiredCapacity"), whole(item, "MinSize"), whole(item, "MaxSize"),
                    item.tags(), UpdatePolicyPresence.UNKNOWN, instances));
        }
        return groups;
    }

    /** An empty policy (as some answers hold for a group without one) does not count; only one with a template. */
    private static Optional<MixedInstancesPolicy> mixed(SnapshotFile.Item group) {
        Optional<SnapshotFile.Item> launchTemplate = group.optionalObject("MixedInstancesPolicy")
                .flatMap(policy -> policy.optionalObject("LaunchTemplate"));
        return launchTemplate.flatMap(template -> template.optionalObject("LaunchTemplateSpecification")
                .flatMap(SnapshotScalingGroups::spec).map(spec -> new MixedInstancesPolicy(spec,
                        template.items("Overrides").stream().map(override -> new LaunchTemplateOverride(
                                override.text("InstanceType"), override.optionalObject("LaunchTemplateSpecification")
                                .flatMap(SnapshotScalingGroups::spec))).collect(Collectors.toList()))));
    }

    private static Optional<LaunchTemplateSpec> spec(SnapshotFile.Item spec) {
        String id = spec.optionalText("LaunchTemplateId");
        String name = spec.optionalText("LaunchTemplateName");
        if (id == null && name == null) {
            return Optional.empty();
        }
        return Optional.of(new LaunchTemplateSpec(Optional.ofNullable(id), Optional.ofNullable(name),
                Optional.ofNullable(spec.optionalText("Version"))));
    }

    private static List<LaunchTemplate> readTemplates(Path root, String dir, String region) {
        String relative = dir + "launch-templates.json";
        SnapshotFile file = SnapshotFile.read(root, relative, SnapshotFile.Size.LIST,
                "aws ec2 describe-launch-templates --region " + region + " > " + relative);
        Set<String> ids = new HashSet<>();
        return file.array("LaunchTemplates").stream().map(item -> new LaunchTemplate(
                item.unique("LaunchTemplateId", ids),
                item.text("LaunchTemplateName"), item.wholeNumber("DefaultVersionNumber"),
                item.wholeNumber("LatestVersionNumber"))).collect(Collectors.toList());
    }

    private static List<CloudFormationStack> readStacks(Path root, String dir, String region) {
        String relative = dir + "cloudformation-stacks.json";
        SnapshotFile file = SnapshotFile.read(root, relative, SnapshotFile.Size.LIST,
                "aws cloudformation describe-stacks --region " + region + " > " + relative);
        Set<String> ids = new HashSet<>();
        return file.array("Stacks").stream().map(item -> new CloudFormationStack(item.unique("StackId", ids),
                item.text("StackName"), region, item.text("StackStatus"), item.tags(),
                item.requiredInstant("CreationTime"))).filter(stack -> !stack.isDeleted())
                .collect(Collectors.toList());
    }

    /** Optional: without it Application Manager's applications are not known, as when the service is not offered. */
    private static Optional<List<String>> readResourceGroups(Path root, String dir) {
        return SnapshotFile.readOptional(root, dir + "resource-groups.json", SnapshotFile.Size.LIST).map(file -> file
                .array("GroupIdentifiers").stream().map(item -> item.text("GroupName")).collect(Collectors.toList()));
    }

    private static int whole(SnapshotFile.Item item, String field) {
        long value = item.wholeNumber(field);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw item.refused(field, "is out of range.");
        }
        return (int) value;
    }

    /** A file name made of a name from the data: no folder separators, no "..", no control characters. */
    static boolean isSafeName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.length() <= 255
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c));
    }

    private Region region(String region) {
        return regions.getOrDefault(region, new Region(List.of(), List.of(), List.of(), Optional.of(List.of()),
                Map.of()));
    }

    private SnapshotFile namedFile(String region, String folder, String name, String command) {
        if (!isSafeName(name)) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "\"" + name + "\" cannot name a file in "
                    + FOLDER + "/" + region + "/" + folder);
        }
        String relative = FOLDER + "/" + region + "/" + folder + "/" + name + ".json";
        try {
            return SnapshotFile.readOptional(root, relative, SnapshotFile.Size.LIST).orElseThrow(() ->
                    new CloudException(CloudException.Kind.NOT_FOUND, relative + " is not in the snapshot; make it"
                            + " with: " + command + " > " + relative));
        } catch (SnapshotException e) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, e.getMessage(), e);
        }
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
        return region(region).groups();
    }

    @Override
    public Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
        return region(region).groups().stream().filter(group -> group.name().equals(groupName)).findFirst();
    }

    @Override
    public LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec) {
        return region(region).templates().stream().filter(spec::names).findFirst().orElseThrow(() ->
                new CloudException(CloudException.Kind.NOT_FOUND, "No launch template " + spec + " in the snapshot"));
    }

    /** {@code launch-template-versions/<template id>.json}: every version of the template. */
    @Override
    public LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long versionNumber) {
        SnapshotFile file = namedFile(region, "launch-template-versions", templateId,
                "aws ec2 describe-launch-template-versions --region " + region + " --launch-template-id " + templateId);
        try {
            for (SnapshotFile.Item item : file.array("LaunchTemplateVersions")) {
                if (item.text("LaunchTemplateId").equals(templateId)
                        && item.wholeNumber("VersionNumber") == versionNumber) {
                    return version(item, templateId, versionNumber);
                }
            }
        } catch (SnapshotException e) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, e.getMessage(), e);
        }
        throw new CloudException(CloudException.Kind.NOT_FOUND, "Version " + versionNumber + " of " + templateId
                + " is not in " + file.path());
    }

    private static LaunchTemplateVersion version(SnapshotFile.Item item, String templateId, long versionNumber) {
        Optional<SnapshotFile.Item> data = item.optionalObject("LaunchTemplateData");
        if (data.isEmpty()) {
            return new LaunchTemplateVersion(templateId, versionNumber, List.of(), List.of(), List.of());
        }
        List<LaunchTemplateNetworkInterface> interfaces = data.get().items("NetworkInterfaces").stream()
                .map(nic -> new LaunchTemplateNetworkInterface((int) nic.optionalWholeNumber("DeviceIndex").orElse(0),
                        nic.texts("Groups"))).collect(Collectors.toList());
        return new LaunchTemplateVersion(templateId, versionNumber, data.get().texts("SecurityGroupIds"),
                data.get().texts("SecurityGroups"), interfaces,
                Optional.ofNullable(data.get().optionalText("UserData")));
    }

    @Override
    public List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds) {
        Map<String, TaggedEc2Instance> inRegion = region(region).ec2();
        return instanceIds.stream().map(inRegion::get).filter(instance -> instance != null)
                .collect(Collectors.toList());
    }

    /** {@code instance-refreshes/<group name>.json}; without it the group's refreshes are not checked. */
    @Override
    public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
        SnapshotFile file = namedFile(region, "instance-refreshes", groupName,
                "aws autoscaling describe-instance-refreshes --region " + region + " --auto-scaling-group-name "
                        + groupName);
        try {
            return file.array("InstanceRefreshes").stream().map(item -> new InstanceRefresh(
                    item.text("InstanceRefreshId"), item.text("AutoScalingGroupName"),
                    InstanceRefreshStatus.fromApiName(item.text("Status")),
                    percentage(item),
                    Optional.ofNullable(item.instant("StartTime")),
                    Optional.ofNullable(item.optionalText("StatusReason"))))
                    .filter(refresh -> refresh.groupName().equals(groupName)).collect(Collectors.toList());
        } catch (SnapshotException e) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, e.getMessage(), e);
        }
    }

    private static OptionalInt percentage(SnapshotFile.Item refresh) {
        OptionalLong value = refresh.optionalWholeNumber("PercentageComplete");
        if (value.isPresent() && (value.getAsLong() < 0 || value.getAsLong() > 100)) {
            throw refresh.refused("PercentageComplete", "is not a percentage.");
        }
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    @Override
    public List<CloudFormationStack> describeCloudFormationStacks(String region) {
        return region(region).stacks();
    }

    /** {@code stack-resources/<stack name>.json}; the stack is named by its name or its ARN. */
    @Override
    public List<StackResource> describeStackResources(String region, String stackName) {
        String name = region(region).stacks().stream().filter(stack -> stack.id().equals(stackName))
                .map(CloudFormationStack::name).findFirst().orElse(stackName);
        SnapshotFile file = namedFile(region, "stack-resources", name,
                "aws cloudformation describe-stack-resources --region " + region + " --stack-name " + name);
        try {
            return file.array("StackResources").stream().map(item -> new StackResource(
                    item.text("LogicalResourceId"), item.text("ResourceType"),
                    Optional.ofNullable(item.optionalText("PhysicalResourceId")).orElse(""),
                    item.text("ResourceStatus"))).collect(Collectors.toList());
        } catch (SnapshotException e) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, e.getMessage(), e);
        }
    }

    @Override
    public List<String> listResourceGroupNames(String region) {
        return region(region).resourceGroups().orElseThrow(() -> CloudException.unavailableHere(
                OptionalService.RESOURCE_GROUPS, "resource-groups.json is not in " + FOLDER + "/" + region, null));
    }

    /** {@code scaling-activities/<group name>.json}; without it the group's activities are not checked. */
    @Override
    public List<ScalingActivity> describeScalingActivities(String region, String groupName) {
        SnapshotFile file = namedFile(region, "scaling-activities", groupName,
                "aws autoscaling describe-scaling-activities --include-deleted-groups --region " + region
                        + " --auto-scaling-group-name " + groupName);
        try {
            return file.array("Activities").stream().map(item -> new ScalingActivity(item.text("ActivityId"),
                    item.text("AutoScalingGroupName"), Optional.ofNullable(item.optionalText("Description")).orElse(""),
                    Optional.ofNullable(item.optionalText("Cause")).orElse(""), item.requiredInstant("StartTime"),
                    Optional.ofNullable(item.instant("EndTime")), item.text("StatusCode")))
                    .filter(activity -> activity.groupName().equals(groupName)).collect(Collectors.toList());
        } catch (SnapshotException e) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, e.getMessage(), e);
        }
    }
}
