package safetyconsole.cloud.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.RegionNames;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.SystemsManagerReads;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.text.Printable;

/**
 * A read-only account made of AWS CLI output files (layout and commands in the README). Everything is read
 * and checked when the folder is opened: a missing file, bad JSON or a missing field fails the whole
 * snapshot with a message naming the file and the field, so nothing half-loaded is shown as complete.
 */
public final class SnapshotAccount implements CloudAccount {

    private static final Pattern STACK_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;
    private final CallerIdentity caller;
    private final Optional<String> alias;
    private final String endpointRegion;
    /** Empty when the snapshot holds no OpsWorks export. */
    private final Optional<List<Stack>> stacks;
    private final Map<String, List<Layer>> layers;
    private final Map<String, List<Instance>> instances;
    private final Map<String, List<App>> apps;
    private final Map<String, Map<String, Ec2Instance>> ec2ByRegion;
    private final Map<String, List<SecurityGroup>> groupsByRegion;
    private final List<TrailEvent> trail;
    private final SnapshotScalingGroups scalingGroups;

    private SnapshotAccount(Path root, CallerIdentity caller, Optional<String> alias, String endpointRegion,
                            Optional<List<Stack>> stacks,
                            Map<String, List<Layer>> layers, Map<String, List<Instance>> instances,
                            Map<String, List<App>> apps, Map<String, Map<String, Ec2Instance>> ec2ByRegion,
                            Map<String, List<SecurityGroup>> groupsByRegion, List<TrailEvent> trail,
                            SnapshotScalingGroups scalingGroups) {
        this.root = root;
        this.caller = caller;
        this.alias = alias;
        this.endpointRegion = endpointRegion;
        this.stacks = stacks;
        this.layers = layers;
        this.instances = instances;
        this.apps = apps;
        this.ec2ByRegion = ec2ByRegion;
        this.groupsByRegion = groupsByRegion;
        this.trail = trail;
        this.scalingGroups = scalingGroups;
    }

    public static SnapshotAccount open(Path root) {
        if (!Files.isDirectory(root)) {
            throw new SnapshotException(root + " is not a folder.");
        }
        // A snapshot of an account after OpsWorks' end of life holds only migrated stacks: then stacks.json may go.
        List<String> migratedRegions = SnapshotScalingGroups.regionsIn(root);
        String stacksCommand = "aws opsworks describe-stacks > stacks.json";
        Optional<SnapshotFile> stacksFile = migratedRegions.isEmpty()
                ? Optional.of(SnapshotFile.read(root, "stacks.json", SnapshotFile.Size.LIST, stacksCommand))
                : SnapshotFile.readOptional(root, "stacks.json", SnapshotFile.Size.LIST);
        List<Stack> stacks = new ArrayList<>();
        Map<String, List<Layer>> layers = new LinkedHashMap<>();
        Map<String, List<Instance>> instances = new LinkedHashMap<>();
        Map<String, List<App>> apps = new LinkedHashMap<>();
        Set<String> regions = new LinkedHashSet<>();
        String endpointRegion = null;
        String accountFromArn = null;
        Set<String> stackIds = new HashSet<>();
        for (SnapshotFile.Item item : stacksFile.map(file -> file.array("Stacks")).orElse(List.of())) {
            String id = item.unique("StackId", stackIds);
            // The id names the stack's folder: only an id of AWS's shape can never lead out of the snapshot.
            if (!STACK_ID.matcher(id).matches()) {
                throw item.refused("StackId", "is " + Printable.quoted(id) + ", not an OpsWorks stack id"
                        + " (such as 2f1c5e0a-1b2c-4d5e-8f90-123456789abc).");
            }
            String arn = item.optionalText("Arn");
            if (arn != null && arn.split(":").length > 4) {
                endpointRegion = endpointRegion == null ? arn.split(":")[3] : endpointRegion;
                accountFromArn = arn.split(":")[4];
            }
            String dir = "stacks/" + id + "/";
            Map<String, String> tags = SnapshotFile.readOptional(root, dir + "tags.json", SnapshotFile.Size.SMALL)
                    .map(f -> f.root().map("Tags")).orElse(Map.of());
            Stack stack = new Stack(id, item.text("Name"), region(item),
                    Optional.ofNullable(item.optionalText("VpcId")), tags,
                    Optional.ofNullable(item.map("Attributes").get("Color")),
                    item.bool("UseOpsworksSecurityGroups", true),
                    item.optionalText("CustomJson"), item.instant("CreatedAt"));
            stacks.add(stack);
            regions.add(stack.region());
            layers.put(id, readLayers(root, dir, id));
            instances.put(id, readInstances(root, dir, id));
            apps.put(id, readApps(root, dir, id));
        }
        regions.addAll(migratedRegions);
        Map<String, Map<String, TaggedEc2Instance>> tagged = new LinkedHashMap<>();
        Map<String, Map<String, Ec2Instance>> ec2 = new LinkedHashMap<>();
        Map<String, List<SecurityGroup>> groups = new LinkedHashMap<>();
        for (String region : regions) {
            tagged.put(region, readEc2(root, region));
            ec2.put(region, tagged.get(region).values().stream().collect(Collectors.toMap(
                    instance -> instance.instance().id(), TaggedEc2Instance::instance, (a, b) -> a,
                    LinkedHashMap::new)));
            groups.put(region, readGroups(root, region));
        }
        if (endpointRegion == null && !migratedRegions.isEmpty()) {
            endpointRegion = migratedRegions.get(0);
        }
        CallerIdentity caller = readCaller(root, accountFromArn);
        return new SnapshotAccount(root, caller, readAlias(root), endpointRegion == null ? "unknown" : endpointRegion,
                stacksFile.isPresent() ? Optional.of(List.copyOf(stacks)) : Optional.empty(),
                layers, instances, apps, ec2, groups, SnapshotTrail.read(root),
                SnapshotScalingGroups.read(root, tagged));
    }

    /** A stack's region names a folder too ({@code ec2/<region>/}): only a region's shape is accepted. */
    private static String region(SnapshotFile.Item stack) {
        String region = stack.text("Region");
        if (!RegionNames.isRegion(region)) {
            throw stack.refused("Region", "is " + Printable.quoted(region) + ", not a region (such as eu-west-1).");
        }
        return region;
    }

    private static CallerIdentity readCaller(Path root, String accountFromArn) {
        Optional<SnapshotFile> file = SnapshotFile.readOptional(root, "caller-identity.json",
                SnapshotFile.Size.SMALL);
        if (file.isPresent()) {
            SnapshotFile.Item item = file.get().root();
            return new CallerIdentity(item.text("Account"), item.text("Arn"), item.text("UserId"));
        }
        String account = accountFromArn == null ? "unknown" : accountFromArn;
        return new CallerIdentity(account, "arn:aws:iam::" + account + ":snapshot", "snapshot");
    }

    /** {@code aws iam list-account-aliases > account-aliases.json}, optional: the banner's name for the account. */
    private static Optional<String> readAlias(Path root) {
        return SnapshotFile.readOptional(root, "account-aliases.json", SnapshotFile.Size.SMALL)
                .flatMap(file -> file.root().texts("AccountAliases").stream().findFirst());
    }

    private static List<Layer> readLayers(Path root, String dir, String stackId) {
        SnapshotFile file = SnapshotFile.read(root, dir + "layers.json", SnapshotFile.Size.LIST,
                "aws opsworks describe-layers --stack-id " + stackId + " > " + dir + "layers.json");
        Set<String> ids = new HashSet<>();
        return file.array("Layers").stream().map(item -> new Layer(item.unique("LayerId", ids), stackId,
                item.text("Name"),
                item.optionalText("Shortname"), LayerType.fromApiName(item.text("Type")),
                item.texts("CustomSecurityGroupIds"), item.texts("DefaultSecurityGroupNames"),
                item.bool("EnableAutoHealing", true))).collect(Collectors.toList());
    }

    private static List<Instance> readInstances(Path root, String dir, String stackId) {
        SnapshotFile file = SnapshotFile.read(root, dir + "instances.json", SnapshotFile.Size.LIST,
                "aws opsworks describe-instances --stack-id " + stackId + " > " + dir + "instances.json");
        List<Instance> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SnapshotFile.Item item : file.array("Instances")) {
            String id = item.unique("InstanceId", ids);
            InstanceStatus status = item.known("Status", InstanceStatus::fromApiName);
            RootDeviceType root1 = item.known("RootDeviceType", RootDeviceType::fromApiName);
            out.add(new Instance(id, stackId, item.text("Hostname"), status,
                    item.texts("LayerIds"), Optional.ofNullable(item.optionalText("Ec2InstanceId")), root1,
                    item.optionalText("InstanceType"), item.optionalText("AvailabilityZone"),
                    item.optionalText("PrivateIp"), item.optionalText("PublicIp"),
                    Optional.ofNullable(item.optionalText("ElasticIp")), item.texts("SecurityGroupIds"),
                    item.instant("CreatedAt")));
        }
        return out;
    }

    private static List<App> readApps(Path root, String dir, String stackId) {
        SnapshotFile file = SnapshotFile.read(root, dir + "apps.json", SnapshotFile.Size.LIST,
                "aws opsworks describe-apps --stack-id " + stackId + " > " + dir + "apps.json");
        List<App> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SnapshotFile.Item item : file.array("Apps")) {
            String id = item.unique("AppId", ids);
            Map<String, String> environment = new LinkedHashMap<>();
            item.items("Environment").forEach(variable -> environment.put(variable.text("Key"),
                    variable.optionalText("Value") == null ? "" : variable.optionalText("Value")));
            out.add(new App(id, stackId, item.text("Name"), item.optionalText("Shortname"),
                    item.optionalText("Type"), environment, item.map("Attributes")));
        }
        return out;
    }

    /**
     * EC2's instances with their tags, which tell migrated stacks' instances their launch template version. Read
     * one reservation at a time: a large account's export is hundreds of megabytes.
     */
    private static Map<String, TaggedEc2Instance> readEc2(Path root, String region) {
        String relative = "ec2/" + region + "/instances.json";
        Map<String, TaggedEc2Instance> out = new LinkedHashMap<>();
        SnapshotFile.stream(root, relative, "Reservations", "aws ec2 describe-instances --region " + region + " > "
                + relative, reservation -> reservation.items("Instances").forEach(item -> {
                    TaggedEc2Instance instance = ec2Instance(item);
                    if (out.put(instance.instance().id(), instance) != null) {
                        throw item.refused("InstanceId", "gives " + Printable.quoted(instance.instance().id())
                                + " a second time;"
                                + " the same instance twice is not an AWS CLI output.");
                    }
                }));
        return out;
    }

    private static TaggedEc2Instance ec2Instance(SnapshotFile.Item item) {
        List<GroupRef> groups = item.items("SecurityGroups").stream()
                .map(g -> new GroupRef(g.text("GroupId"), g.text("GroupName"))).collect(Collectors.toList());
        RootDeviceType rootDevice = item.optionalText("RootDeviceType") == null ? null
                : item.known("RootDeviceType", RootDeviceType::fromApiName);
        Ec2Instance ec2 = new Ec2Instance(item.text("InstanceId"),
                Ec2State.fromApiName(item.object("State").text("Name")), item.optionalText("VpcId"), rootDevice,
                groups, item.optionalText("PrivateIpAddress"), item.optionalText("PublicIpAddress"),
                item.instant("LaunchTime"));
        return new TaggedEc2Instance(ec2, item.tags());
    }

    private static List<SecurityGroup> readGroups(Path root, String region) {
        String relative = "ec2/" + region + "/security-groups.json";
        List<SecurityGroup> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        SnapshotFile.stream(root, relative, "SecurityGroups", "aws ec2 describe-security-groups --region " + region
                + " > " + relative, item -> groups.add(new SecurityGroup(item.unique("GroupId", ids),
                item.text("GroupName"), item.optionalText("VpcId"), item.optionalText("Description"))));
        return groups;
    }

    @Override
    public String description() {
        return "Snapshot " + root + " (read-only)";
    }

    @Override
    public CallerIdentity callerIdentity() {
        return caller;
    }

    @Override
    public Optional<String> accountAlias() {
        return alias;
    }

    @Override
    public String endpointRegion() {
        return endpointRegion;
    }

    @Override
    public List<Stack> describeStacks() {
        return stacks.orElseThrow(() -> CloudException.unavailableHere(OptionalService.OPSWORKS_STACKS,
                "stacks.json is not in the snapshot", null));
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        return known(layers, stackId);
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        return known(instances, stackId);
    }

    @Override
    public List<App> describeApps(String stackId) {
        return known(apps, stackId);
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds) {
        Map<String, Ec2Instance> inRegion = ec2ByRegion.getOrDefault(region, Map.of());
        return ec2InstanceIds.stream().map(inRegion::get).filter(e -> e != null).collect(Collectors.toList());
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        return groupsByRegion.getOrDefault(region, List.of()).stream()
                .filter(g -> Objects.equals(g.vpcId(), vpcId)).collect(Collectors.toList());
    }

    /**
     * The exported history in {@code cloudtrail/}, whatever the query's time range: an export is a fixed
     * piece of the past, and "the last 90 days" counted from today would hide all of an older one.
     * None when the snapshot has no such folder.
     */
    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        TrailQuery wholeExport = new TrailQuery(query.region(), query.attribute(), query.value(), Instant.MIN,
                Instant.MAX);
        return trail.stream().filter(wholeExport::matches).collect(Collectors.toList());
    }

    private static <T> List<T> known(Map<String, List<T>> byStack, String stackId) {
        List<T> items = byStack.get(stackId);
        if (items == null) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "No stack " + stackId + " in the snapshot");
        }
        return items;
    }

    @Override
    public ScalingGroupReads scalingGroups() {
        return scalingGroups;
    }

    @Override
    public SystemsManagerReads systemsManager() {
        return new SnapshotSystemsManager(root);
    }
}
