package safetyconsole.cloud.demo;

import static safetyconsole.cloud.RootDeviceType.EBS;
import static safetyconsole.cloud.RootDeviceType.INSTANCE_STORE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;

/**
 * The built-in demo account. It tells the three stories by playing them through the simulated rules:
 * <ol>
 *   <li>a metrics group added to shop-prod's Rails layer after its instances were running, so the online
 *       ones (EBS and instance-store) never got it while a newer instance did;</li>
 *   <li>a Rails app ({@code shop}) on a Rails layer (its rotating logger is in the log-rotation check's
 *       fixtures) and a clean one ({@code admin});</li>
 *   <li>alice deleting rails-app7 through OpsWorks in shop-prod when she meant the stopped rails-app7 of
 *       the look-alike shop-prod-v2; CloudTrail's TerminateInstances names only OpsWorks.</li>
 * </ol>
 * The stacks migrated off OpsWorks tell theirs afterwards ({@link DemoMigratedSeed}).
 */
public final class DemoSeed {

    public static final String ACCOUNT_ID = "123456789012";
    public static final String ACCOUNT_ALIAS = "acme-shop";
    public static final String OPERATOR_ARN = "arn:aws:iam::" + ACCOUNT_ID + ":user/demo-operator";
    public static final String ENDPOINT_REGION = "us-east-1";
    /**
     * How long before the moment the demo account is made it was set up. The stories play out over these weeks
     * and end shortly before that moment, so they stay inside every lookback window (CloudTrail keeps 90 days)
     * on any date.
     */
    static final Duration STORY_SPAN = Duration.ofDays(34);

    static final Actor ALICE = new Actor("arn:aws:iam::" + ACCOUNT_ID + ":user/alice", "alice", "203.0.113.24", true);

    private static final String RAILS_ENV = "RAILS_ENV";

    private final DemoWorld world;

    private DemoSeed(DemoWorld world) {
        this.world = world;
    }

    /** Who the console's own calls come from in the demo account. */
    static final Actor OPERATOR = new Actor(OPERATOR_ARN, "demo-operator", "192.0.2.10", true);

    /** The account as it stands at {@code now}: set up {@link #STORY_SPAN} earlier, its stories just told. */
    static DemoWorld seededWorld(Instant now) {
        // Whole minutes, so that the stories' times read naturally; the ids do not depend on the date.
        Instant start = now.truncatedTo(ChronoUnit.MINUTES).minus(STORY_SPAN);
        DemoWorld world = new DemoWorld(20260901L, start, ACCOUNT_ID, ENDPOINT_REGION);
        new DemoSeed(world).play();
        DemoMigratedSeed.play(world, now);
        if (world.now().isAfter(now)) {
            throw new IllegalStateException("The demo's stories run past the moment they are told at: "
                    + world.now() + " > " + now);
        }
        return world;
    }

    private void play() {
        Stack prod = world.addStack("shop-prod", "us-east-1", "vpc-0a11prod",
                Map.of("Environment", "production", "Team", "shop"), "rgb(186, 65, 50)", true,
                "{\"logrotate\": {\"rotate\": 14}}");
        Stack prodV2 = world.addStack("shop-prod-v2", "us-east-1", "vpc-0b22prod",
                Map.of("Environment", "production", "Team", "shop", "Migration", "v2"), "rgb(135, 61, 98)", true,
                null);
        Stack staging = world.addStack("shop-staging", "us-east-1", "vpc-0c33stag",
                Map.of("stage", "staging", "Team", "shop"), "rgb(184, 133, 46)", true, null);
        Stack dev = world.addStack("shop-dev", "eu-west-1", "vpc-0d44dev0",
                Map.of("env", "dev", "Team", "shop"), "rgb(45, 114, 184)", false, null);
        Stack tools = world.addStack("ops-tools", "us-west-2", "vpc-0e55tool", Map.of("Team", "platform"), null, true,
                null);

        playProduction(prod);
        playProductionV2(prodV2);
        playStaging(staging);
        playDevelopment(dev);
        playTools(tools);

        world.startRecordingTrail();
        playWrongStackDeletion(prod);
        playAutoHealing(staging);
    }

    private void playProduction(Stack prod) {
        SecurityGroup appBase = world.ec2().addSecurityGroup(prod, "shop-prod-app", "App ports");
        SecurityGroup metrics = world.ec2().addSecurityGroup(prod, "shop-prod-metrics-scrape",
                "Prometheus scrape from the monitoring VPC");
        SecurityGroup admin = world.ec2().addSecurityGroup(prod, "shop-prod-bastion-ssh", "SSH from the bastion");

        Layer rails = world.addLayer(prod.id(), "Rails App Server", "rails-app", LayerType.RAILS_APP,
                List.of(appBase.id(), admin.id()));
        Layer db = world.addLayer(prod.id(), "MySQL", "db-master", LayerType.DB_MASTER, List.of(admin.id()));
        Layer lb = world.addLayer(prod.id(), "HAProxy", "lb", LayerType.LB, List.of());
        Layer workers = world.addLayer(prod.id(), "Sidekiq workers", "workers", LayerType.CUSTOM,
                List.of(appBase.id()));

        online(prod, "rails-app1", List.of(rails), EBS);
        online(prod, "rails-app2", List.of(rails), INSTANCE_STORE);
        online(prod, "rails-app3", List.of(rails, workers), EBS);
        Instance app4 = online(prod, "rails-app4", List.of(rails), INSTANCE_STORE);
        Instance app5 = online(prod, "rails-app5", List.of(rails), EBS);
        online(prod, "rails-app7", List.of(rails), EBS);
        online(prod, "db-master1", List.of(db), EBS);
        Instance lb1 = online(prod, "lb1", List.of(lb), EBS);
        world.assignElasticIp(lb1.id());
        online(prod, "worker1", List.of(workers), EBS);
        world.stopInstance(app4.id(), null);
        world.stopInstance(app5.id(), null);

        world.advance(Duration.ofDays(30));
        // Story 1: the new group reaches only instances launched from now on.
        world.updateLayerSecurityGroups(rails.id(), List.of(appBase.id(), admin.id(), metrics.id()));
        world.advance(Duration.ofDays(2));
        online(prod, "rails-app6", List.of(rails), EBS);

        world.addApp(prod.id(), "Shop", "shop", "rails", Map.of(RAILS_ENV, "production"));
        world.addApp(prod.id(), "Admin", "admin", "rails", Map.of(RAILS_ENV, "production"));
    }

    private void playProductionV2(Stack prodV2) {
        SecurityGroup appBase = world.ec2().addSecurityGroup(prodV2, "shop-prod-v2-app", "App");
        Layer rails = world.addLayer(prodV2.id(), "Rails App Server", "rails-app", LayerType.RAILS_APP,
                List.of(appBase.id()));
        Layer db = world.addLayer(prodV2.id(), "MySQL", "db-master", LayerType.DB_MASTER, List.of());
        online(prodV2, "rails-app1", List.of(rails), EBS);
        online(prodV2, "rails-app2", List.of(rails), EBS);
        Instance broken = online(prodV2, "rails-app7", List.of(rails), EBS);
        world.assignElasticIp(broken.id());
        world.stopInstance(broken.id(), null);
        online(prodV2, "db-master1", List.of(db), EBS);
        world.addApp(prodV2.id(), "Shop", "shop", "rails", Map.of(RAILS_ENV, "production"));
    }

    private void playStaging(Stack staging) {
        SecurityGroup appBase = world.ec2().addSecurityGroup(staging, "shop-staging-app", "App");
        Layer rails = world.addLayer(staging.id(), "Rails App Server", "rails-app", LayerType.RAILS_APP,
                List.of(appBase.id()));
        Layer db = world.addLayer(staging.id(), "MySQL", "db-master", LayerType.DB_MASTER, List.of());
        online(staging, "rails-app1", List.of(rails), EBS);
        online(staging, "rails-app2", List.of(rails), INSTANCE_STORE);
        online(staging, "db-master1", List.of(db), EBS);
        world.addApp(staging.id(), "Shop", "shop", "rails", Map.of(RAILS_ENV, "staging"));
    }

    private void playDevelopment(Stack dev) {
        SecurityGroup devAll = world.ec2().addSecurityGroup(dev, "shop-dev-all", "Everything");
        Layer rails = world.addLayer(dev.id(), "Rails App Server", "rails-app", LayerType.RAILS_APP,
                List.of(devAll.id()));
        Layer custom = world.addLayer(dev.id(), "Tools", "tools", LayerType.CUSTOM, List.of(devAll.id()));
        online(dev, "dev-app1", List.of(rails), INSTANCE_STORE);
        world.createInstance(dev.id(), "dev-tools1", List.of(custom.id()), EBS, "t3.small",
                "eu-west-1a");
        world.addApp(dev.id(), "Shop", "shop", "rails", Map.of(RAILS_ENV, "development"));
    }

    private void playTools(Stack tools) {
        Layer custom = world.addLayer(tools.id(), "Jenkins", "jenkins", LayerType.CUSTOM, List.of());
        Instance jenkins = online(tools, "jenkins1", List.of(custom), EBS);
        world.stopInstance(jenkins.id(), null);
    }

    /** Story 3, told in the order CloudTrail records it. */
    private void playWrongStackDeletion(Stack prod) {
        world.advance(Duration.ofHours(5));
        Instance wrong = world.opsworks().instancesOf(prod.id()).stream()
                .filter(i -> i.hostname().equals("rails-app7")).findFirst().orElseThrow();
        world.stopInstance(wrong.id(), ALICE);
        world.advance(Duration.ofMinutes(4));
        world.deleteInstance(wrong.id(), ALICE);
        world.advance(Duration.ofDays(1));
    }

    private void playAutoHealing(Stack staging) {
        Instance flaky = world.opsworks().instancesOf(staging.id()).stream()
                .filter(i -> i.hostname().equals("rails-app2")).findFirst().orElseThrow();
        world.advance(Duration.ofHours(2));
        world.autoHeal(flaky.id());
    }

    private Instance online(Stack stack, String hostname, List<Layer> layers, RootDeviceType rootDeviceType) {
        Instance created = world.createInstance(stack.id(), hostname,
                layers.stream().map(Layer::id).toList(), rootDeviceType, "m5.large",
                stack.region() + "a");
        world.advance(Duration.ofMinutes(7));
        return world.startInstance(created.id(), null);
    }
}
