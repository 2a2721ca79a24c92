package safetyconsole.cloud.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.UpdatePolicyPresence;

/**
 * The demo's account scale (issue 19): a whole account of OpsWorks stacks and of stacks migrated off OpsWorks, for
 * the benchmarks and for trying the window at that size ({@code --demo-scale account}). Generated, not told: the
 * same account on every start (fixed seed), set up just before the clock's now.
 * <ul>
 *   <li>{@value #OPSWORKS_STACKS} OpsWorks stacks of {@link LargeDemoWorld}'s shape, {@value #OPSWORKS_INSTANCES}
 *       instances: {@value #LARGEST_STACK} has {@value #LARGEST_STACK_INSTANCES}, the others share the rest;</li>
 *   <li>{@value #MIGRATED_APPS} OpsWorks stacks migrated layer by layer as AWS's script does it: for each of their
 *       {@value #LAYERS_PER_APP} layers a CloudFormation stack holding a launch template with
 *       {@value #TEMPLATE_VERSIONS} versions (each adding a group: app, then bastion SSH, then metrics scrape) and
 *       an Auto Scaling group of {@value #INSTANCES_PER_GROUP} instances, {@value #SCALING_GROUPS} groups in all;
 *       each app in a VPC of its own.</li>
 * </ul>
 * The groups differ by layer so that the successor drift analysis has findings of every kind: three layers' groups
 * moved to version 3 with three quarters of their instances still from version 2 (MISSING), one pinned to version 2
 * while 3 adds a group (NOT_USED), one on {@code $Latest} with half its instances from version 1.
 */
public final class AccountScaleWorld {

    public static final int OPSWORKS_STACKS = 40;
    public static final int OPSWORKS_INSTANCES = 20_000;
    /** The OpsWorks stack of {@value #LARGEST_STACK_INSTANCES} instances (the frame-gap benchmark switches to it). */
    public static final String LARGEST_STACK = "fleet-000";
    public static final int LARGEST_STACK_INSTANCES = 2_000;
    public static final int MIGRATED_APPS = 100;
    public static final int LAYERS_PER_APP = 5;
    public static final int SCALING_GROUPS = MIGRATED_APPS * LAYERS_PER_APP;
    public static final int INSTANCES_PER_GROUP = 40;
    public static final int SCALING_INSTANCES = SCALING_GROUPS * INSTANCES_PER_GROUP;
    public static final int TEMPLATE_VERSIONS = 3;

    private static final String REGION = DemoSeed.ENDPOINT_REGION;
    private static final List<String> LAYERS = List.of("rails-app", "sidekiq", "web", "api", "cron");
    /** Long enough for every launch and scaling reaction the generation makes (about 17 hours of story time). */
    private static final Duration SET_UP_BEFORE_NOW = Duration.ofDays(2);
    private static final Duration ENDS_BEFORE_NOW = Duration.ofMinutes(1);

    private AccountScaleWorld() {
    }

    /** The account as it stands at {@code now}. */
    static DemoWorld generate(Instant now) {
        DemoWorld world = new DemoWorld(19L, now.minus(SET_UP_BEFORE_NOW), DemoSeed.ACCOUNT_ID, REGION);
        addOpsWorksStacks(world);
        for (int app = 0; app < MIGRATED_APPS; app++) {
            addMigratedApp(world, app);
        }
        Duration untilEnd = Duration.between(world.now(), now.minus(ENDS_BEFORE_NOW));
        if (untilEnd.isNegative()) {
            throw new IllegalStateException("The account scale's set-up runs past now");
        }
        world.advance(untilEnd);
        // What the console sees now is its earlier visit: nothing is gone yet, and changes from here leave a trail.
        world.startRecordingTrail();
        world.visitMigratedStacks();
        return world;
    }

    /** The largest stack first, then the rest shared as evenly as whole instances allow. */
    private static void addOpsWorksStacks(DemoWorld world) {
        LargeDemoWorld.addStack(world, LARGEST_STACK, vpcId(0), LARGEST_STACK_INSTANCES);
        int others = OPSWORKS_STACKS - 1;
        int rest = OPSWORKS_INSTANCES - LARGEST_STACK_INSTANCES;
        for (int s = 1; s <= others; s++) {
            int share = rest / others + (s <= rest % others ? 1 : 0);
            LargeDemoWorld.addStack(world, String.format(Locale.ROOT, "fleet-%03d", s), vpcId(s), share);
        }
    }

    private static void addMigratedApp(DemoWorld world, int app) {
        DemoScaling scaling = world.scaling();
        String opsworksStack = String.format(Locale.ROOT, "shop-%03d", app);
        String id6 = String.format(Locale.ROOT, "%06x", (app * 0x9E3779B1L) & 0xFFFFFFL);
        String vpc = vpcId(OPSWORKS_STACKS + app);
        scaling.addResourceGroup(REGION, "app-" + opsworksStack + "-" + id6);
        SecurityGroup appPorts = world.ec2().addSecurityGroup(REGION, vpc, opsworksStack + "-app", "App ports");
        SecurityGroup ssh = world.ec2().addSecurityGroup(REGION, vpc, opsworksStack + "-bastion-ssh",
                "SSH from the bastion");
        SecurityGroup metrics = world.ec2().addSecurityGroup(REGION, vpc, opsworksStack + "-metrics-scrape",
                "Prometheus scrape from the monitoring VPC");
        Map<String, String> tags = Map.of("Environment", app % 4 == 0 ? "production" : "staging", "Team",
                opsworksStack);
        for (int layer = 0; layer < LAYERS_PER_APP; layer++) {
            CloudFormationStack stack = DemoMigratedSeed.migratedStack(scaling, REGION, opsworksStack,
                    LAYERS.get(layer), id6, tags);
            LaunchTemplate template = DemoMigratedSeed.template(scaling, stack, opsworksStack, LAYERS.get(layer),
                    id6, List.of(appPorts.id()));
            List<String> secondVersion = List.of(appPorts.id(), ssh.id());
            List<String> thirdVersion = List.of(appPorts.id(), ssh.id(), metrics.id());
            switch (layer) {
                case 3 -> pinnedToSecondVersion(scaling, stack, template, vpc, secondVersion, thirdVersion);
                case 4 -> onLatest(scaling, stack, template, vpc, secondVersion, thirdVersion);
                default -> movedToThirdVersion(scaling, stack, template, vpc, secondVersion, thirdVersion);
            }
        }
    }

    /** Launched from version 2, then moved to 3 and grown: three quarters still lack the metrics group. */
    private static void movedToThirdVersion(DemoScaling scaling, CloudFormationStack stack, LaunchTemplate template,
                                            String vpc, List<String> secondVersion, List<String> thirdVersion) {
        scaling.templates().addVersion(template.id(), secondVersion);
        DemoScalingGroup group = group(scaling, stack, template, vpc, "2", INSTANCES_PER_GROUP * 3 / 4);
        scaling.templates().addVersion(template.id(), thirdVersion);
        scaling.useLaunchTemplateVersion(REGION, group.name(), "3");
        scaling.setDesiredCapacity(null, REGION, group.name(), INSTANCES_PER_GROUP);
    }

    /** Stays on version 2 while version 3 adds the metrics group. */
    private static void pinnedToSecondVersion(DemoScaling scaling, CloudFormationStack stack, LaunchTemplate template,
                                              String vpc, List<String> secondVersion, List<String> thirdVersion) {
        scaling.templates().addVersion(template.id(), secondVersion);
        group(scaling, stack, template, vpc, "2", INSTANCES_PER_GROUP);
        scaling.templates().addVersion(template.id(), thirdVersion);
    }

    /** On {@code $Latest} from version 1: half its instances from 1, the other half from 3. */
    private static void onLatest(DemoScaling scaling, CloudFormationStack stack, LaunchTemplate template, String vpc,
                                 List<String> secondVersion, List<String> thirdVersion) {
        DemoScalingGroup group = group(scaling, stack, template, vpc, LaunchTemplateSpec.LATEST,
                INSTANCES_PER_GROUP / 2);
        scaling.templates().addVersion(template.id(), secondVersion);
        scaling.templates().addVersion(template.id(), thirdVersion);
        scaling.setDesiredCapacity(null, REGION, group.name(), INSTANCES_PER_GROUP);
    }

    private static DemoScalingGroup group(DemoScaling scaling, CloudFormationStack stack, LaunchTemplate template,
                                          String vpc, String version, int desiredCapacity) {
        return scaling.createGroup(stack, "ApplicationAsg", vpc, LaunchTemplateSpec.byId(template.id(), version),
                INSTANCES_PER_GROUP / 2, INSTANCES_PER_GROUP * 3 / 2, desiredCapacity, UpdatePolicyPresence.ABSENT);
    }

    /** A VPC id in AWS's shape (17 hex digits), one per stack or app. */
    private static String vpcId(int index) {
        return String.format(Locale.ROOT, "vpc-0a%015x", 0x5CA1EL * 1000 + index);
    }
}
