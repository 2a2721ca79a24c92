package safetyconsole.cloud.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;

/**
 * The simulated account's state and the OpsWorks rules it obeys (docs/opsworks-rules.md):
 * an instance gets its layers' groups only when its EC2 instance is launched; changing a layer's groups
 * never touches running instances; stopping an instance-store instance ends its EC2 instance; deletion
 * needs a stopped instance. Calls made with an {@link Actor} leave CloudTrail events like AWS's.
 * Not thread-safe: {@link DemoAccount} serialises access.
 */
final class DemoWorld {

    private final DemoIds ids;
    private Instant now;
    private final Map<String, Stack> stacks = new LinkedHashMap<>();
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Map<String, App> apps = new LinkedHashMap<>();
    private final Map<String, Ec2Instance> ec2Instances = new LinkedHashMap<>();
    private final Map<String, SecurityGroup> securityGroups = new LinkedHashMap<>();
    private final Map<String, String> ec2Regions = new LinkedHashMap<>();
    private final Map<String, String> groupRegions = new LinkedHashMap<>();
    private final List<TrailEvent> trailEvents = new ArrayList<>();
    private final String accountId;
    private final String endpointRegion;
    private final Map<String, String> elasticIps = new LinkedHashMap<>();
    private final Map<String, String> volumes = new LinkedHashMap<>();
    private final Map<String, List<Instance>> instancesBeforeStories = new LinkedHashMap<>();
    private Instant storiesBegin;
    private boolean recordingTrail;
    private Clock live;

    DemoWorld(long seed, Instant start, String accountId, String endpointRegion) {
        this.ids = new DemoIds(seed);
        this.now = start;
        this.accountId = accountId;
        this.endpointRegion = endpointRegion;
    }

    /**
     * From now on, API calls leave CloudTrail events (the seed's own set-up leaves none). The instances of
     * every stack at this moment are kept: what the console would have seen on an earlier visit.
     */
    void startRecordingTrail() {
        recordingTrail = true;
        storiesBegin = now();
        stacks.keySet().forEach(id -> instancesBeforeStories.put(id, instancesOf(id)));
    }

    List<Instance> instancesBeforeStories(String stackId) {
        return instancesBeforeStories.getOrDefault(stackId, List.of());
    }

    Instant storiesBegin() {
        return storiesBegin;
    }

    // --- clock -------------------------------------------------------------------------------

    /** Story time while the seed plays; the live clock once the account is in use. */
    Instant now() {
        return live == null ? now : live.instant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The seed is done: from now on events happen at real time. */
    void goLive(Clock clock) {
        live = clock;
    }

    // --- building ------------------------------------------------------------------------------

    Stack addStack(String name, String region, String vpcId, Map<String, String> tags, String color,
                   boolean useOpsworksSecurityGroups, String customJson) {
        Stack stack = new Stack(ids.opsworksId("stack"), name, region, vpcId, tags, color,
                useOpsworksSecurityGroups, customJson, now());
        stacks.put(stack.id(), stack);
        if (useOpsworksSecurityGroups) {
            ensureBuiltInGroup(stack, LayerType.DEFAULT_SERVER_GROUP);
        }
        return stack;
    }

    SecurityGroup addSecurityGroup(String region, String vpcId, String name, String description) {
        SecurityGroup group = new SecurityGroup(ids.securityGroupId(), name, vpcId, description);
        securityGroups.put(group.id(), group);
        groupRegions.put(group.id(), region);
        return group;
    }

    /** Deleting a group in EC2 leaves its id dangling in layers that still name it, as in AWS. */
    void deleteSecurityGroup(String groupId) {
        requireKnown(securityGroups, groupId, "security group");
        securityGroups.remove(groupId);
        groupRegions.remove(groupId);
    }

    Layer addLayer(String stackId, String name, String shortname, LayerType type, List<String> customGroupIds) {
        Stack stack = stack(stackId);
        List<String> builtIn = new ArrayList<>();
        if (stack.useOpsworksSecurityGroups() && type.builtInGroupName().isPresent()) {
            String groupName = type.builtInGroupName().get();
            ensureBuiltInGroup(stack, groupName);
            builtIn.add(groupName);
        }
        Layer layer = new Layer(ids.opsworksId("layer"), stackId, name, shortname, type, customGroupIds, builtIn, true);
        layers.put(layer.id(), layer);
        return layer;
    }

    App addApp(String stackId, String name, String shortname, String type, Map<String, String> environment) {
        stack(stackId);
        App app = new App(ids.opsworksId("app"), stackId, name, shortname, type, environment,
                Map.of("DocumentRoot", "public"));
        apps.put(app.id(), app);
        return app;
    }

    /** CreateInstance: a stopped instance with no EC2 instance and no groups of its own yet. */
    Instance createInstance(String stackId, String hostname, List<String> layerIds, RootDeviceType rootDeviceType,
                            String instanceType, String availabilityZone) {
        stack(stackId);
        if (layerIds.isEmpty()) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "An instance needs at least one layer");
        }
        for (String layerId : layerIds) {
            if (!layer(layerId).stackId().equals(stackId)) {
                throw new CloudException(CloudException.Kind.INVALID_INPUT,
                        "Layer " + layerId + " is not in stack " + stackId);
            }
        }
        Instance instance = new Instance(ids.opsworksId("instance"), stackId, hostname, InstanceStatus.STOPPED,
                layerIds, null, rootDeviceType, instanceType, availabilityZone, null, null, null, List.of(), now());
        instances.put(instance.id(), instance);
        if (rootDeviceType == RootDeviceType.EBS) {
            volumes.put(ids.volumeId(), instance.id());
        }
        return instance;
    }

    /** Associates a new Elastic IP with the instance; it becomes the instance's public address. */
    Instance assignElasticIp(String instanceId) {
        Instance instance = instance(instanceId);
        String address = ids.publicIp();
        elasticIps.put(address, instanceId);
        Instance updated = instance.withElasticIp(address);
        instances.put(instanceId, updated);
        return updated;
    }

    // --- OpsWorks operations ---------------------------------------------------------------------

    /**
     * StartInstance. A stopped EBS instance restarts its same EC2 instance (groups unchanged);
     * anything without an EC2 instance gets a new one with its layers' current groups.
     */
    Instance startInstance(String instanceId, Actor actor) {
        Instance instance = instance(instanceId);
        if (instance.status() != InstanceStatus.STOPPED) {
            throw conflict("Instance " + instance.hostname() + " is " + instance.status().apiName() + ", not stopped");
        }
        recordOpsworksCall(actor, "StartInstance", instance);
        Stack stack = stack(instance.stackId());
        Ec2Instance ec2;
        Optional<Ec2Instance> existing = instance.ec2Id().map(ec2Instances::get);
        if (existing.isPresent()) {
            Ec2Instance old = existing.get();
            ec2 = old.withState(Ec2State.RUNNING).withPublicIp(ids.publicIp()).withLaunchTime(now());
            recordServiceCall(actor, "StartInstances", stack.region(), ec2.id());
        } else {
            ec2 = new Ec2Instance(ids.ec2InstanceId(), Ec2State.RUNNING, stack.vpcId(), instance.rootDeviceType(),
                    groupsAtLaunch(instance), ids.privateIp(), ids.publicIp(), now());
            recordServiceCall(actor, "RunInstances", stack.region(), ec2.id());
        }
        ec2Instances.put(ec2.id(), ec2);
        ec2Regions.put(ec2.id(), stack.region());
        return replace(instance, InstanceStatus.ONLINE, ec2);
    }

    /** StopInstance. An instance-store instance loses its EC2 instance (and all instance-store data). */
    Instance stopInstance(String instanceId, Actor actor) {
        return stopInstance(instanceId, false, actor).orElseThrow();
    }

    /**
     * StopInstance with Force. On an EBS-backed instance, force drops only the OpsWorks instance: its EC2
     * instance keeps running, disowned (empty result). Otherwise as a normal stop.
     */
    Optional<Instance> stopInstance(String instanceId, boolean force, Actor actor) {
        Instance instance = instance(instanceId);
        if (instance.status() == InstanceStatus.STOPPED) {
            throw conflict("Instance " + instance.hostname() + " is already stopped");
        }
        if (force && instance.rootDeviceType() == RootDeviceType.EBS) {
            recordOpsworksCall(actor, "StopInstance", instance.id(), instance.stackId());
            instances.remove(instanceId);
            return Optional.empty();
        }
        return Optional.of(stopNormally(instance, actor));
    }

    private Instance stopNormally(Instance instance, Actor actor) {
        recordOpsworksCall(actor, "StopInstance", instance);
        String region = stack(instance.stackId()).region();
        Ec2Instance ec2 = ec2Instances.get(instance.ec2InstanceId());
        if (instance.rootDeviceType() == RootDeviceType.INSTANCE_STORE) {
            ec2Instances.remove(ec2.id());
            ec2Regions.remove(ec2.id());
            recordServiceCall(actor, "TerminateInstances", region, ec2.id());
            return replace(instance, InstanceStatus.STOPPED, null);
        }
        Ec2Instance stopped = ec2.withState(Ec2State.STOPPED).withPublicIp(null);
        ec2Instances.put(stopped.id(), stopped);
        recordServiceCall(actor, "StopInstances", region, ec2.id());
        return replace(instance, InstanceStatus.STOPPED, stopped);
    }

    /** RebootInstance: only an online instance; it stays the same EC2 instance. */
    void rebootInstance(String instanceId, Actor actor) {
        Instance instance = instance(instanceId);
        if (instance.status() != InstanceStatus.ONLINE) {
            throw conflict("Instance " + instance.hostname() + " is " + instance.status().apiName() + ", not online");
        }
        recordOpsworksCall(actor, "RebootInstance", instance);
        recordServiceCall(actor, "RebootInstances", stack(instance.stackId()).region(), instance.ec2InstanceId());
    }

    /** DeleteInstance, keeping its Elastic IP and EBS volumes unless asked to delete them. */
    void deleteInstance(String instanceId, Actor actor) {
        deleteInstance(instanceId, false, false, actor);
    }

    /**
     * DeleteInstance: only a stopped instance; its EC2 instance (if any) is terminated. A kept Elastic IP stays
     * allocated but unassociated; kept volumes stay behind, detached.
     */
    void deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes, Actor actor) {
        Instance instance = instance(instanceId);
        if (instance.status() != InstanceStatus.STOPPED) {
            throw conflict("Instance " + instance.hostname() + " must be stopped before it can be deleted");
        }
        recordOpsworksCall(actor, "DeleteInstance", instance);
        instance.ec2Id().ifPresent(ec2Id -> {
            String region = ec2Regions.remove(ec2Id);
            ec2Instances.remove(ec2Id);
            recordServiceCall(actor, "TerminateInstances", region, ec2Id);
        });
        instance.elasticIpAddress().ifPresent(address -> {
            if (deleteElasticIp) {
                elasticIps.remove(address);
            } else {
                elasticIps.put(address, null);
            }
        });
        volumes.replaceAll((volume, owner) -> instanceId.equals(owner) && !deleteVolumes ? null : owner);
        volumes.values().removeIf(instanceId::equals);
        instances.remove(instanceId);
    }

    /** DeleteLayer: only when no instance is in it. */
    void deleteLayer(String layerId, Actor actor) {
        Layer layer = layer(layerId);
        long members = instances.values().stream().filter(i -> i.layerIds().contains(layerId)).count();
        if (members > 0) {
            throw conflict("Layer " + layer.name() + " still has " + members + " instance(s)");
        }
        recordOpsworksCall(actor, "DeleteLayer", layerId, layer.stackId());
        layers.remove(layerId);
    }

    void deleteApp(String appId, Actor actor) {
        App app = requireKnown(apps, appId, "app");
        recordOpsworksCall(actor, "DeleteApp", appId, app.stackId());
        apps.remove(appId);
    }

    /** DeleteStack: only an empty stack. */
    void deleteStack(String stackId, Actor actor) {
        Stack stack = stack(stackId);
        if (!instancesOf(stackId).isEmpty() || !layersOf(stackId).isEmpty() || !appsOf(stackId).isEmpty()) {
            throw conflict("Stack " + stack.name() + " still has instances, layers or apps");
        }
        recordOpsworksCall(actor, "DeleteStack", stackId, stackId);
        stacks.remove(stackId);
    }

    /** UpdateStack(Name): what another operator may do between a plan and its execution. */
    Stack renameStack(String stackId, String newName) {
        Stack old = stack(stackId);
        Stack renamed = new Stack(old.id(), newName, old.region(), old.vpcId(), old.tags(), old.colorAttribute(),
                old.useOpsworksSecurityGroups(), old.customJson(), old.createdAt());
        stacks.put(stackId, renamed);
        return renamed;
    }

    Optional<Layer> findLayer(String layerId) {
        return Optional.ofNullable(layers.get(layerId));
    }

    Optional<App> findApp(String appId) {
        return Optional.ofNullable(apps.get(appId));
    }

    Optional<Stack> findStack(String stackId) {
        return Optional.ofNullable(stacks.get(stackId));
    }

    /** Allocated Elastic IPs and the instance each is associated with (null: unassociated). */
    Map<String, String> elasticIps() {
        return Collections.unmodifiableMap(elasticIps);
    }

    /** EBS volumes and the instance each belongs to (null: left behind, detached). */
    Map<String, String> volumes() {
        return Collections.unmodifiableMap(volumes);
    }

    String newRequestId() {
        return ids.opsworksId("request");
    }

    /** UpdateLayer(CustomSecurityGroupIds): replaces the list; running instances keep the groups they have. */
    Layer updateLayerSecurityGroups(String layerId, List<String> groupIds) {
        return updateLayerSecurityGroups(layerId, groupIds, null);
    }

    Layer updateLayerSecurityGroups(String layerId, List<String> groupIds, Actor actor) {
        Layer layer = layer(layerId);
        if (actor != null) {
            requireGroupsIn(stack(layer.stackId()), groupIds);
        }
        recordOpsworksCall(actor, "UpdateLayer", layerId, layer.stackId());
        Layer updated = layer.withCustomSecurityGroupIds(groupIds);
        layers.put(layerId, updated);
        return updated;
    }

    /** EC2 ModifyInstanceAttribute(Groups): replaces the EC2 instance's groups; OpsWorks' own list is not told. */
    void modifyInstanceGroups(String instanceId, String ec2Id, List<String> groupIds, Actor actor) {
        Instance instance = instance(instanceId);
        if (!ec2Id.equals(instance.ec2InstanceId())) {
            throw conflict(instance.hostname() + " is EC2 instance " + instance.ec2InstanceId() + ", not " + ec2Id);
        }
        if (groupIds.isEmpty()) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "An instance needs at least one security group");
        }
        Stack stack = stack(instance.stackId());
        requireGroupsIn(stack, groupIds);
        Ec2Instance old = ec2Instances.get(ec2Id);
        List<GroupRef> refs = groupIds.stream().distinct()
                .map(id -> new GroupRef(id, securityGroups.get(id).name())).collect(Collectors.toList());
        ec2Instances.put(ec2Id, old.withSecurityGroups(refs));
        if (recordingTrail && actor != null) {
            trailEvents.add(new TrailEvent(ids.eventId(), now(), "ec2.amazonaws.com", "ModifyInstanceAttribute",
                    stack.region(), actor.principalArn(), actor.userName(), null, actor.sourceIp(), actor.mfa(),
                    List.of(ec2Id), Map.of("instanceId", ec2Id, "groupSet", String.join(",", groupIds))));
        }
    }

    /** EC2's InvalidGroup.NotFound: every id must be a group of the stack's VPC in its region. */
    private void requireGroupsIn(Stack stack, List<String> groupIds) {
        Set<String> known = securityGroups(stack.region(), stack.vpcId()).stream().map(SecurityGroup::id)
                .collect(Collectors.toSet());
        for (String id : groupIds) {
            if (!known.contains(id)) {
                throw new CloudException(CloudException.Kind.INVALID_INPUT,
                        "The security group " + id + " does not exist in " + stack.vpcId());
            }
        }
    }

    /**
     * Auto healing: OpsWorks replaces the EC2 instance of an instance that lost its agent,
     * with no user call behind the EC2 events it makes.
     */
    Instance autoHeal(String instanceId) {
        Instance instance = instance(instanceId);
        String region = stack(instance.stackId()).region();
        instance.ec2Id().ifPresent(ec2Id -> {
            ec2Instances.remove(ec2Id);
            ec2Regions.remove(ec2Id);
            recordServiceCall(null, "TerminateInstances", region, ec2Id);
        });
        Instance stopped = replace(instance, InstanceStatus.STOPPED, null);
        return startInstance(stopped.id(), null);
    }

    // --- reading -------------------------------------------------------------------------------

    List<Stack> stacks() {
        return List.copyOf(stacks.values());
    }

    Stack stack(String stackId) {
        return requireKnown(stacks, stackId, "stack");
    }

    List<Layer> layersOf(String stackId) {
        stack(stackId);
        return layers.values().stream().filter(layer -> layer.stackId().equals(stackId)).collect(Collectors.toList());
    }

    List<Instance> instancesOf(String stackId) {
        stack(stackId);
        return instances.values().stream().filter(i -> i.stackId().equals(stackId)).collect(Collectors.toList());
    }

    List<App> appsOf(String stackId) {
        stack(stackId);
        return apps.values().stream().filter(app -> app.stackId().equals(stackId)).collect(Collectors.toList());
    }

    Optional<Instance> findInstance(String instanceId) {
        return Optional.ofNullable(instances.get(instanceId));
    }

    List<Ec2Instance> ec2Instances(String region, Collection<String> ec2Ids) {
        return ec2Ids.stream()
                .distinct()
                .filter(id -> region.equals(ec2Regions.get(id)))
                .map(ec2Instances::get)
                .collect(Collectors.toList());
    }

    List<SecurityGroup> securityGroups(String region, String vpcId) {
        return securityGroups.values().stream()
                .filter(group -> region.equals(groupRegions.get(group.id())))
                .filter(group -> Objects.equals(group.vpcId(), vpcId))
                .collect(Collectors.toList());
    }

    List<TrailEvent> trailEvents() {
        return List.copyOf(trailEvents);
    }

    String endpointRegion() {
        return endpointRegion;
    }

    String accountId() {
        return accountId;
    }

    // --- rules ---------------------------------------------------------------------------------

    /** The groups a newly launched EC2 instance gets: the union over its layers, built-ins included. */
    private List<GroupRef> groupsAtLaunch(Instance instance) {
        Stack stack = stack(instance.stackId());
        Set<String> groupIds = new LinkedHashSet<>();
        for (String layerId : instance.layerIds()) {
            Layer layer = layer(layerId);
            groupIds.addAll(layer.customSecurityGroupIds());
            layer.defaultSecurityGroupNames().forEach(name -> groupIds.add(builtInGroupId(stack, name)));
        }
        if (stack.useOpsworksSecurityGroups()) {
            groupIds.add(builtInGroupId(stack, LayerType.DEFAULT_SERVER_GROUP));
        }
        // A group deleted in EC2 cannot be attached; EC2 would refuse the launch, the demo drops it.
        return groupIds.stream()
                .filter(securityGroups::containsKey)
                .map(id -> new GroupRef(id, securityGroups.get(id).name()))
                .collect(Collectors.toList());
    }

    private void ensureBuiltInGroup(Stack stack, String name) {
        boolean exists = securityGroups(stack.region(), stack.vpcId()).stream().anyMatch(g -> g.name().equals(name));
        if (!exists) {
            addSecurityGroup(stack.region(), stack.vpcId(), name, "AWS OpsWorks built-in group");
        }
    }

    private String builtInGroupId(Stack stack, String name) {
        return securityGroups(stack.region(), stack.vpcId()).stream()
                .filter(group -> group.name().equals(name))
                .map(SecurityGroup::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Built-in group " + name + " missing"));
    }

    private Instance replace(Instance old, InstanceStatus status, Ec2Instance ec2) {
        Instance withStatus = old.withStatus(status);
        Instance updated = ec2 == null ? withStatus.withEc2(null, null, null, old.securityGroupIds())
                : withStatus.withEc2(ec2.id(), ec2.privateIp(), old.elasticIpAddress().orElse(ec2.publicIp()),
                        ec2.securityGroups().stream().map(GroupRef::id).collect(Collectors.toList()));
        instances.put(updated.id(), updated);
        return updated;
    }

    private Instance instance(String instanceId) {
        return requireKnown(instances, instanceId, "instance");
    }

    private Layer layer(String layerId) {
        return requireKnown(layers, layerId, "layer");
    }

    private static <T> T requireKnown(Map<String, T> map, String id, String what) {
        T value = map.get(id);
        if (value == null) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "No " + what + " with id " + id);
        }
        return value;
    }

    private static CloudException conflict(String message) {
        return new CloudException(CloudException.Kind.CONFLICT, message);
    }

    // --- trail ---------------------------------------------------------------------------------

    private void recordOpsworksCall(Actor actor, String eventName, Instance instance) {
        recordOpsworksCall(actor, eventName, instance.id(), instance.stackId());
    }

    /** The user's own OpsWorks API call, recorded in the OpsWorks endpoint region. */
    private void recordOpsworksCall(Actor actor, String eventName, String resourceId, String stackId) {
        if (!recordingTrail || actor == null) {
            return;
        }
        String idParameter = eventName.endsWith("Layer") ? "layerId" : eventName.endsWith("App") ? "appId"
                : eventName.endsWith("Stack") ? "stackId" : "instanceId";
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(idParameter, resourceId);
        parameters.put("stackId", stackId);
        trailEvents.add(new TrailEvent(ids.eventId(), now(), "opsworks.amazonaws.com", eventName, endpointRegion,
                actor.principalArn(), actor.userName(), null, actor.sourceIp(), actor.mfa(),
                List.of(resourceId), parameters));
        advance(Duration.ofSeconds(2));
    }

    /**
     * The EC2 call OpsWorks makes on the user's behalf, in the stack's region, under the stack's service role:
     * the person is not in it. With no actor it is OpsWorks acting on its own (auto healing).
     */
    private void recordServiceCall(Actor actor, String eventName, String region, String ec2Id) {
        if (!recordingTrail) {
            return;
        }
        trailEvents.add(new TrailEvent(ids.eventId(), now(), "ec2.amazonaws.com", eventName, region,
                "arn:aws:sts::" + accountId + ":assumed-role/aws-opsworks-service-role/OpsWorks",
                "OpsWorks", Actor.OPSWORKS_SERVICE, Actor.OPSWORKS_SERVICE, false,
                List.of(ec2Id), Map.of("instancesSet", ec2Id)));
        advance(Duration.ofSeconds(3));
    }
}
