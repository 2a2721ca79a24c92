package safetyconsole.cloud.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;

/**
 * The demo account's OpsWorks records: stacks, layers, apps and instances as the create calls make them (with
 * the built-in groups, volumes and Elastic IPs that come with them), looked up by id and listed by stack in
 * the order they were created. The operations and the rules that change them later are {@link DemoWorld}'s.
 */
final class DemoOpsWorks {

    private final DemoIds ids;
    private final DemoClock clock;
    private final DemoEc2 ec2;
    private final Map<String, Stack> stacks = new LinkedHashMap<>();
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Map<String, App> apps = new LinkedHashMap<>();

    DemoOpsWorks(DemoIds ids, DemoClock clock, DemoEc2 ec2) {
        this.ids = ids;
        this.clock = clock;
        this.ec2 = ec2;
    }

    /** CreateStack; with OpsWorks' security groups on, the stack's VPC gets the built-in default group. */
    Stack addStack(String name, String region, String vpcId, Map<String, String> tags, String color,
                   boolean useOpsworksSecurityGroups, String customJson) {
        Stack stack = new Stack(ids.opsworksId("stack"), name, region, Optional.of(vpcId), tags,
                Optional.ofNullable(color), useOpsworksSecurityGroups, customJson, clock.now());
        put(stack);
        if (useOpsworksSecurityGroups) {
            ec2.ensureBuiltInGroup(stack, LayerType.DEFAULT_SERVER_GROUP);
        }
        return stack;
    }

    /** CreateLayer; with OpsWorks' security groups on, the layer type's built-in group as well. */
    Layer addLayer(String stackId, String name, String shortname, LayerType type, List<String> customGroupIds) {
        Stack stack = stack(stackId);
        List<String> builtIn = new ArrayList<>();
        if (stack.useOpsworksSecurityGroups() && type.builtInGroupName().isPresent()) {
            String groupName = type.builtInGroupName().get();
            ec2.ensureBuiltInGroup(stack, groupName);
            builtIn.add(groupName);
        }
        Layer layer = new Layer(ids.opsworksId("layer"), stackId, name, shortname, type, customGroupIds, builtIn,
                true);
        put(layer);
        return layer;
    }

    App addApp(String stackId, String name, String shortname, String type, Map<String, String> environment) {
        stack(stackId);
        App app = new App(ids.opsworksId("app"), stackId, name, shortname, type, environment,
                Map.of("DocumentRoot", "public"));
        put(app);
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
                layerIds, Optional.empty(), rootDeviceType, instanceType, availabilityZone, null, null,
                Optional.empty(), List.of(), clock.now());
        put(instance);
        if (rootDeviceType == RootDeviceType.EBS) {
            ec2.createVolume(instance.id());
        }
        return instance;
    }

    /** Associates a new Elastic IP with the instance; it becomes the instance's public address. */
    Instance assignElasticIp(String instanceId) {
        Instance instance = instance(instanceId);
        Instance updated = instance.withElasticIp(ec2.allocateElasticIp(instanceId));
        put(updated);
        return updated;
    }

    void put(Stack stack) {
        stacks.put(stack.id(), stack);
    }

    void put(Layer layer) {
        layers.put(layer.id(), layer);
    }

    void put(Instance instance) {
        instances.put(instance.id(), instance);
    }

    void put(App app) {
        apps.put(app.id(), app);
    }

    void removeStack(String stackId) {
        stacks.remove(stackId);
    }

    void removeLayer(String layerId) {
        layers.remove(layerId);
    }

    void removeInstance(String instanceId) {
        instances.remove(instanceId);
    }

    void removeApp(String appId) {
        apps.remove(appId);
    }

    /** UpdateStack(Name): what another operator may do between a plan and its execution. */
    Stack renameStack(String stackId, String newName) {
        Stack old = stack(stackId);
        Stack renamed = new Stack(old.id(), newName, old.region(), old.vpc(), old.tags(), old.color(),
                old.useOpsworksSecurityGroups(), old.customJson(), old.createdAt());
        stacks.put(stackId, renamed);
        return renamed;
    }

    List<Stack> stacks() {
        return List.copyOf(stacks.values());
    }

    Stack stack(String stackId) {
        return requireKnown(stacks, stackId, "stack");
    }

    Layer layer(String layerId) {
        return requireKnown(layers, layerId, "layer");
    }

    Instance instance(String instanceId) {
        return requireKnown(instances, instanceId, "instance");
    }

    App app(String appId) {
        return requireKnown(apps, appId, "app");
    }

    Optional<Stack> findStack(String stackId) {
        return Optional.ofNullable(stacks.get(stackId));
    }

    Optional<Layer> findLayer(String layerId) {
        return Optional.ofNullable(layers.get(layerId));
    }

    Optional<Instance> findInstance(String instanceId) {
        return Optional.ofNullable(instances.get(instanceId));
    }

    Optional<App> findApp(String appId) {
        return Optional.ofNullable(apps.get(appId));
    }

    List<Layer> layersOf(String stackId) {
        return ofStack(layers, stackId, Layer::stackId);
    }

    List<Instance> instancesOf(String stackId) {
        return ofStack(instances, stackId, Instance::stackId);
    }

    List<App> appsOf(String stackId) {
        return ofStack(apps, stackId, App::stackId);
    }

    long instancesInLayer(String layerId) {
        return instances.values().stream().filter(i -> i.layerIds().contains(layerId)).count();
    }

    private <T> List<T> ofStack(Map<String, T> records, String stackId, Function<T, String> stackOf) {
        stack(stackId);
        return records.values().stream().filter(r -> stackOf.apply(r).equals(stackId)).collect(Collectors.toList());
    }

    private static <T> T requireKnown(Map<String, T> records, String id, String what) {
        T value = records.get(id);
        if (value == null) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "No " + what + " with id " + id);
        }
        return value;
    }
}
