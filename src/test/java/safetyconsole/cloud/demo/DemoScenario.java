package safetyconsole.cloud.demo;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.testing.TestClocks;

/** Builds small demo accounts for tests, through the same simulated OpsWorks rules as the seed. */
public final class DemoScenario {

    private final DemoWorld world = new DemoWorld(3L, Instant.parse("2026-01-01T00:00:00Z"), "111122223333",
            "us-east-1");
    private final DemoAccount account = new DemoAccount(world);

    public DemoAccount account() {
        world.goLive(TestClocks.fixed());
        return account;
    }

    public Stack stack(String name, boolean useOpsworksGroups) {
        return world.addStack(name, "us-east-1", "vpc-" + name, Map.of("env", "dev"), null, useOpsworksGroups, null);
    }

    public SecurityGroup group(Stack stack, String name) {
        return world.ec2().addSecurityGroup(stack, name, "");
    }

    public Layer layer(Stack stack, String name, LayerType type, SecurityGroup... groups) {
        return world.addLayer(stack.id(), name, name, type, Arrays.stream(groups).map(SecurityGroup::id).toList());
    }

    public Instance online(Stack stack, String hostname, RootDeviceType root, Layer... layers) {
        return world.startInstance(created(stack, hostname, root, layers).id(), null);
    }

    public Instance created(Stack stack, String hostname, RootDeviceType root, Layer... layers) {
        return world.createInstance(stack.id(), hostname, Arrays.stream(layers).map(Layer::id).toList(), root,
                "t3.small", "us-east-1a");
    }

    public void stop(Instance instance) {
        world.stopInstance(instance.id(), null);
    }

    public void setLayerGroups(Layer layer, SecurityGroup... groups) {
        world.updateLayerSecurityGroups(layer.id(), Arrays.stream(groups).map(SecurityGroup::id).toList());
    }

    public void deleteGroup(SecurityGroup group) {
        world.ec2().deleteSecurityGroup(group.id());
    }

    public List<String> groupNames(Instance instance) {
        String ec2Id = world.opsworks().findInstance(instance.id()).orElseThrow().ec2Id().orElseThrow();
        return world.ec2().instances("us-east-1", List.of(ec2Id))
                .get(0).securityGroups().stream().map(g -> g.name()).toList();
    }
}
