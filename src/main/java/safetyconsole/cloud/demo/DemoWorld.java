package safetyconsole.cloud.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;

/**
 * The simulated account and the OpsWorks rules it obeys (docs/opsworks-rules.md):
 * an instance gets its layers' groups only when its EC2 instance is launched; changing a layer's groups
 * never touches running instances; stopping an instance-store instance ends its EC2 instance; deletion
 * needs a stopped instance. Calls made with an {@link Actor} leave CloudTrail events like AWS's.
 * Its state is kept by {@link DemoOpsWorks} and {@link DemoEc2}, its events by {@link DemoTrail}; the stacks
 * migrated off OpsWorks, with their own rules, by {@link DemoScaling}.
 * Not thread-safe: {@link DemoAccount} serialises access.
 */
final class DemoWorld {

    private final DemoIds ids;
    private final DemoClock clock;
    private final DemoEc2 ec2;
    private final DemoTrail trail;
    private final String accountId;
    private final String endpointRegion;
    private final DemoOpsWorks opsworks;
    private final DemoScaling scaling;
    private final DemoSystemsManager systemsManager = new DemoSystemsManager();
    private final Map<String, List<Instance>> instancesBeforeStories = new LinkedHashMap<>();
    private Instant storiesBegin;
    private Map<String, Map<String, List<String>>> groupInstancesAtEarlierVisit = Map.of();
    private Instant groupsVisited;

    DemoWorld(long seed, Instant start, String accountId, String endpointRegion) {
        this.ids = new DemoIds(seed);
        this.clock = new DemoClock(start);
        this.ec2 = new DemoEc2(ids);
        this.trail = new DemoTrail(ids, clock, accountId, endpointRegion);
        this.opsworks = new DemoOpsWorks(ids, clock, ec2);
        this.scaling = new DemoScaling(ids, clock, ec2, trail, accountId);
        this.accountId = accountId;
        this.endpointRegion = endpointRegion;
    }

    /**
     * From now on, API calls leave CloudTrail events (the seed's own set-up leaves none). The instances of
     * every stack at this moment are kept: what the console would have seen on an earlier visit.
     */
    void startRecordingTrail() {
        trail.startRecording();
        storiesBegin = now();
        opsworks.stacks().forEach(stack -> instancesBeforeStories.put(stack.id(), opsworks.instancesOf(stack.id())));
    }

    List<Instance> instancesBeforeStories(String stackId) {
        return instancesBeforeStories.getOrDefault(stackId, List.of());
    }

    Instant storiesBegin() {
        return storiesBegin;
    }

    /** The console looks at the migrated stacks now: what it sees is kept, as the OpsWorks stacks' earlier visit. */
    void visitMigratedStacks() {
        groupsVisited = now();
        groupInstancesAtEarlierVisit = scaling.instancesByStackAndGroup();
    }

    Map<String, Map<String, List<String>>> groupInstancesAtEarlierVisit() {
        return groupInstancesAtEarlierVisit;
    }

    Instant groupsVisited() {
        return groupsVisited;
    }

    // --- clock -------------------------------------------------------------------------------

    /** Story time while the seed plays; the live clock once the account is in use. */
    Instant now() {
        return clock.now();
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    /** The seed is done: from now on events happen at real time. */
    void goLive(Clock liveClock) {
        clock.goLive(liveClock);
    }

    // --- building ------------------------------------------------------------------------------

    Stack addStack(String name, String region, String vpcId, Map<String, String> tags, String color,
                   boolean useOpsworksSecurityGroups, String customJson) {
        return opsworks.addStack(name, region, vpcId, tags, color, useOpsworksSecurityGroups, customJson);
    }

    Layer addLayer(String stackId, String name, String shortname, LayerType type, List<String> customGroupIds) {
        return opsworks.addLayer(stackId, name, shortname, type, customGroupIds);
    }

    App addApp(String stackId, String name, String shortname, String type, Map<String, String> environment) {
        return opsworks.addApp(stackId, name, shortname, type, environment);
    }

    Instance createInstance(String stackId, String hostname, List<String> layerIds, RootDeviceType rootDeviceType,
                            String instanceType, String availabilityZone) {
        return opsworks.createInstance(stackId, hostname, layerIds, rootDeviceType, instanceType, availabilityZone);
    }

    Instance assignElasticIp(String instanceId) {
        return opsworks.assignElasticIp(instanceId);
    }

    // --- OpsWorks operations ---------------------------------------------------------------------

    /**
     * StartInstance. A stopped EBS instance restarts its same EC2 instance (groups unchanged);
     * anything without an EC2 instance gets a new one with its layers' current groups.
     */
    Instance startInstance(String instanceId, Actor actor) {
        Instance instance = opsworks.instance(instanceId);
        if (instance.status() != InstanceStatus.STOPPED) {
            throw conflict("Instance " + instance.hostname() + " is " + instance.status().apiName() + ", not stopped");
        }
        trail.opsworksCall(actor, "StartInstance", instance);
        Stack stack = opsworks.stack(instance.stackId());
        Optional<Ec2Instance> stopped = instance.ec2Id().flatMap(ec2::find);
        Ec2Instance running;
        if (stopped.isPresent()) {
            running = ec2.restart(stopped.get(), stack.region(), now());
            trail.serviceCall(actor, "StartInstances", stack.region(), running.id());
        } else {
            running = ec2.launch(stack, instance.rootDeviceType(), groupsAtLaunch(instance), now());
            trail.serviceCall(actor, "RunInstances", stack.region(), running.id());
        }
        return replace(instance, InstanceStatus.ONLINE, running);
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
        Instance instance = opsworks.instance(instanceId);
        if (instance.status() == InstanceStatus.STOPPED) {
            throw conflict("Instance " + instance.hostname() + " is already stopped");
        }
        if (force && instance.rootDeviceType() == RootDeviceType.EBS) {
            trail.opsworksCall(actor, "StopInstance", instance);
            opsworks.removeInstance(instanceId);
            return Optional.empty();
        }
        return Optional.of(stopNormally(instance, actor));
    }

    private Instance stopNormally(Instance instance, Actor actor) {
        trail.opsworksCall(actor, "StopInstance", instance);
        String region = opsworks.stack(instance.stackId()).region();
        String ec2Id = instance.ec2Id().orElseThrow();
        if (instance.rootDeviceType() == RootDeviceType.INSTANCE_STORE) {
            ec2.terminate(ec2Id);
            trail.serviceCall(actor, "TerminateInstances", region, ec2Id);
            return replace(instance, InstanceStatus.STOPPED, null);
        }
        Ec2Instance stopped = ec2.stop(ec2Id);
        trail.serviceCall(actor, "StopInstances", region, ec2Id);
        return replace(instance, InstanceStatus.STOPPED, stopped);
    }

    /** RebootInstance: only an online instance; it stays the same EC2 instance. */
    void rebootInstance(String instanceId, Actor actor) {
        Instance instance = opsworks.instance(instanceId);
        if (instance.status() != InstanceStatus.ONLINE) {
            throw conflict("Instance " + instance.hostname() + " is " + instance.status().apiName() + ", not online");
        }
        trail.opsworksCall(actor, "RebootInstance", instance);
        String region = opsworks.stack(instance.stackId()).region();
        trail.serviceCall(actor, "RebootInstances", region, instance.ec2Id().orElseThrow());
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
        Instance instance = opsworks.instance(instanceId);
        if (instance.status() != InstanceStatus.STOPPED) {
            throw conflict("Instance " + instance.hostname() + " must be stopped before it can be deleted");
        }
        trail.opsworksCall(actor, "DeleteInstance", instance);
        instance.ec2Id().ifPresent(ec2Id ->
                trail.serviceCall(actor, "TerminateInstances", ec2.terminate(ec2Id), ec2Id));
        instance.elasticIpAddress().ifPresent(address -> ec2.leaveElasticIp(address, deleteElasticIp));
        ec2.leaveVolumes(instanceId, deleteVolumes);
        opsworks.removeInstance(instanceId);
    }

    /** DeleteLayer: only when no instance is in it. */
    void deleteLayer(String layerId, Actor actor) {
        Layer layer = opsworks.layer(layerId);
        long members = opsworks.instancesInLayer(layerId);
        if (members > 0) {
            throw conflict("Layer " + layer.name() + " still has " + members + " instance(s)");
        }
        trail.opsworksCall(actor, "DeleteLayer", layerId, layer.stackId());
        opsworks.removeLayer(layerId);
    }

    void deleteApp(String appId, Actor actor) {
        App app = opsworks.app(appId);
        trail.opsworksCall(actor, "DeleteApp", appId, app.stackId());
        opsworks.removeApp(appId);
    }

    /** DeleteStack: only an empty stack. */
    void deleteStack(String stackId, Actor actor) {
        Stack stack = opsworks.stack(stackId);
        if (!opsworks.instancesOf(stackId).isEmpty() || !opsworks.layersOf(stackId).isEmpty()
                || !opsworks.appsOf(stackId).isEmpty()) {
            throw conflict("Stack " + stack.name() + " still has instances, layers or apps");
        }
        trail.opsworksCall(actor, "DeleteStack", stackId, stackId);
        opsworks.removeStack(stackId);
    }

    String newRequestId() {
        return ids.opsworksId("request");
    }

    /** UpdateLayer(CustomSecurityGroupIds): replaces the list; running instances keep the groups they have. */
    Layer updateLayerSecurityGroups(String layerId, List<String> groupIds) {
        return updateLayerSecurityGroups(layerId, groupIds, null);
    }

    Layer updateLayerSecurityGroups(String layerId, List<String> groupIds, Actor actor) {
        Layer layer = opsworks.layer(layerId);
        if (actor != null) {
            ec2.requireGroupsIn(opsworks.stack(layer.stackId()), groupIds);
        }
        trail.opsworksCall(actor, "UpdateLayer", layerId, layer.stackId());
        Layer updated = layer.withCustomSecurityGroupIds(groupIds);
        opsworks.put(updated);
        return updated;
    }

    /** EC2 ModifyInstanceAttribute(Groups): replaces the EC2 instance's groups; OpsWorks' own list is not told. */
    void modifyInstanceGroups(String instanceId, String ec2Id, List<String> groupIds, Actor actor) {
        Instance instance = opsworks.instance(instanceId);
        if (!instance.ec2Id().equals(Optional.of(ec2Id))) {
            throw conflict(instance.hostname() + instance.ec2Id().map(id -> " is EC2 instance " + id)
                    .orElse(" has no EC2 instance") + ", not " + ec2Id);
        }
        if (groupIds.isEmpty()) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT,
                    "An instance needs at least one security group");
        }
        Stack stack = opsworks.stack(instance.stackId());
        ec2.requireGroupsIn(stack, groupIds);
        ec2.replaceGroups(ec2Id, groupIds);
        trail.modifyInstanceAttribute(actor, stack.region(), ec2Id, groupIds);
    }

    /**
     * Auto healing: OpsWorks replaces the EC2 instance of an instance that lost its agent,
     * with no user call behind the EC2 events it makes.
     */
    Instance autoHeal(String instanceId) {
        Instance instance = opsworks.instance(instanceId);
        String region = opsworks.stack(instance.stackId()).region();
        instance.ec2Id().ifPresent(ec2Id -> {
            ec2.terminate(ec2Id);
            trail.serviceCall(null, "TerminateInstances", region, ec2Id);
        });
        Instance stopped = replace(instance, InstanceStatus.STOPPED, null);
        return startInstance(stopped.id(), null);
    }

    DemoOpsWorks opsworks() {
        return opsworks;
    }

    DemoEc2 ec2() {
        return ec2;
    }

    DemoScaling scaling() {
        return scaling;
    }

    DemoSystemsManager systemsManager() {
        return systemsManager;
    }

    List<TrailEvent> trailEvents() {
        return trail.events();
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
        Stack stack = opsworks.stack(instance.stackId());
        Set<String> groupIds = new LinkedHashSet<>();
        for (String layerId : instance.layerIds()) {
            Layer layer = opsworks.layer(layerId);
            groupIds.addAll(layer.customSecurityGroupIds());
            layer.defaultSecurityGroupNames().forEach(name -> groupIds.add(ec2.builtInGroupId(stack, name)));
        }
        if (stack.useOpsworksSecurityGroups()) {
            groupIds.add(ec2.builtInGroupId(stack, LayerType.DEFAULT_SERVER_GROUP));
        }
        // A group deleted in EC2 cannot be attached; EC2 would refuse the launch, the demo drops it.
        return ec2.refs(groupIds);
    }

    private Instance replace(Instance old, InstanceStatus status, Ec2Instance launched) {
        Instance withStatus = old.withStatus(status);
        Instance updated = launched == null ? withStatus.withoutEc2()
                : withStatus.withEc2(launched.id(), launched.privateIp(),
                        old.elasticIpAddress().orElse(launched.publicIp()),
                        launched.securityGroups().stream().map(GroupRef::id).collect(Collectors.toList()));
        opsworks.put(updated);
        return updated;
    }

    private static CloudException conflict(String message) {
        return new CloudException(CloudException.Kind.CONFLICT, message);
    }
}
