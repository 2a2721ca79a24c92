package safetyconsole.cloud.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;

/**
 * Generated accounts of any size for benchmarks: each stack has three layers and a share of its online
 * instances launched before a group was added to the app layer, as in the seeded story.
 */
final class LargeDemoWorld {

    private static final Duration LAUNCH_SPACING = Duration.ofSeconds(1);

    private LargeDemoWorld() {
    }

    /** Generated so that the last instance is launched just before {@code now}. */
    static DemoWorld generate(int stackCount, int instancesPerStack, Instant now) {
        if (stackCount < 1 || instancesPerStack < 0) {
            throw new IllegalArgumentException("Need at least one stack and a non-negative instance count");
        }
        Instant start = now.minus(LAUNCH_SPACING.multipliedBy((long) stackCount * instancesPerStack + 1));
        DemoWorld world = new DemoWorld(7L, start, DemoSeed.ACCOUNT_ID, DemoSeed.ENDPOINT_REGION);
        for (int s = 0; s < stackCount; s++) {
            addStack(world, String.format(Locale.ROOT, "bench-%03d", s), "vpc-bench" + s, instancesPerStack);
        }
        return world;
    }

    /**
     * One stack of the generated shape in {@code us-east-1}: half its instances launched before the app layer got its
     * second group, every tenth stopped; {@link #LAUNCH_SPACING} apart, so it takes that much story time each.
     */
    static Stack addStack(DemoWorld world, String name, String vpcId, int instanceCount) {
        Stack stack = world.addStack(name, "us-east-1", vpcId, Map.of("Environment", "test"), null, true, null);
        SecurityGroup base = world.ec2().addSecurityGroup(stack, name + "-app", "App");
        SecurityGroup late = world.ec2().addSecurityGroup(stack, name + "-late", "Added late");
        Layer app = world.addLayer(stack.id(), "Rails App Server", "rails-app", LayerType.RAILS_APP,
                List.of(base.id()));
        Layer db = world.addLayer(stack.id(), "MySQL", "db-master", LayerType.DB_MASTER, List.of());
        Layer workers = world.addLayer(stack.id(), "Workers", "workers", LayerType.CUSTOM, List.of(base.id()));
        List<Layer> layers = List.of(app, db, workers);
        int beforeChange = instanceCount / 2;
        for (int i = 0; i < instanceCount; i++) {
            if (i == beforeChange) {
                world.updateLayerSecurityGroups(app.id(), List.of(base.id(), late.id()));
            }
            Layer layer = layers.get(i % layers.size());
            RootDeviceType root = i % 3 == 0 ? RootDeviceType.INSTANCE_STORE : RootDeviceType.EBS;
            Instance created = world.createInstance(stack.id(), String.format(Locale.ROOT, "%s-host%05d", name, i),
                    List.of(layer.id()), root, "m5.large", "us-east-1a");
            if (i % 10 != 9) {
                world.startInstance(created.id(), null);
            }
            world.advance(LAUNCH_SPACING);
        }
        return stack;
    }
}
