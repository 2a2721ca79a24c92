package safetyconsole.cloud.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.UpdatePolicyPresence;

/**
 * The demo account's stacks migrated off OpsWorks (named as AWS's migration script names them), told after the
 * OpsWorks stories and ending just before now:
 * <ol>
 *   <li>once the console had looked at them ({@link DemoWorld#visitMigratedStacks()}), bob lowered shop-prod's
 *       rails-app group's desired capacity from 4 to 2 when he meant shop-staging's (two instances lost, the group
 *       later put back to three), and carol updated the shop-prod-sidekiq stack, whose rolling update replaced
 *       both its instances at the same capacity: the scaling activities and CloudTrail events are AWS's;</li>
 *   <li>shop-prod's rails-app template version 3 added {@code shop-prod-metrics-scrape} and the group uses it,
 *       while the instances launched from version 2 still run without it (MISSING); one of them was hot-fixed by
 *       hand with it (LAG), another carries the migration script's {@code protected_instance} tag;</li>
 *   <li>shop-prod's sidekiq group is pinned to version 1 while version 2 adds the metrics group (NOT_USED);</li>
 *   <li>shop-staging's rails-app group is being refreshed onto the version that adds its metrics group,
 *       {@link #REFRESH_STARTED_BEFORE_NOW} before now (40% done);</li>
 *   <li>shop-prod's user data rotates Shop's log while its code does too; shop-staging's rotates it nowhere
 *       ({@link DemoLogRotationSeed});</li>
 *   <li>a CloudFormation stack that never was on OpsWorks ({@code billing-api-prod}) and a group no stack owns
 *       ({@code nightly-batch}), both in sync.</li>
 * </ol>
 * Everything is in {@value #REGION}, each environment in a VPC of its own.
 */
final class DemoMigratedSeed {

    static final String REGION = "us-east-1";
    static final String PROD_ID6 = "3f2a9c";
    static final String STAGING_ID6 = "7b1e02";
    static final Actor BOB = new Actor("arn:aws:iam::" + DemoSeed.ACCOUNT_ID + ":user/bob", "bob", "198.51.100.23",
            true);
    static final Actor CAROL = new Actor("arn:aws:iam::" + DemoSeed.ACCOUNT_ID + ":user/carol", "carol",
            "203.0.113.77", true);
    static final Duration REFRESH_STARTED_BEFORE_NOW = DemoInstanceRefresh.DURATION.multipliedBy(2).dividedBy(5);

    /** The tag Application Manager puts on the CloudFormation stacks it shows. */
    private static final String APP_MANAGER_TAG = "AppManagerCFNStackKey";
    private static final String PROD_VPC = "vpc-0f1a2b3c4d5e6f701";
    private static final String STAGING_VPC = "vpc-0f1a2b3c4d5e6f702";
    private static final String SERVICES_VPC = "vpc-0f1a2b3c4d5e6f703";

    private final DemoWorld world;
    private final DemoScaling scaling;

    private DemoMigratedSeed(DemoWorld world) {
        this.world = world;
        this.scaling = world.scaling();
    }

    /** Plays the stories; the refresh starts at {@code now} minus {@link #REFRESH_STARTED_BEFORE_NOW}. */
    static void play(DemoWorld world, Instant now) {
        new DemoMigratedSeed(world).play(now);
    }

    private void play(Instant now) {
        scaling.addResourceGroup(REGION, "app-shop-prod-" + PROD_ID6);
        scaling.addResourceGroup(REGION, "app-shop-staging-" + STAGING_ID6);
        Map<String, String> prodTags = Map.of("Environment", "production", "Team", "shop");
        SecurityGroup prodApp = group(PROD_VPC, "shop-prod-app", "App ports");
        SecurityGroup prodSsh = group(PROD_VPC, "shop-prod-bastion-ssh", "SSH from the bastion");
        SecurityGroup prodMetrics = group(PROD_VPC, "shop-prod-metrics-scrape",
                "Prometheus scrape from the monitoring VPC");

        CloudFormationStack rails = migratedStack("shop-prod", "rails-app", PROD_ID6, prodTags);
        LaunchTemplate railsTemplate = template(rails, "shop-prod", "rails-app", PROD_ID6,
                List.of(prodApp.id(), prodSsh.id()));
        DemoLogRotationSeed.userData(scaling, railsTemplate, DemoLogRotationSeed.PROD_USER_DATA);
        DemoLogRotationSeed.runLists(world.systemsManager(), REGION, rails.name(), "shop");
        // Version 2: a new AMI, the same groups.
        scaling.templates().addVersion(railsTemplate.id(), List.of(prodApp.id(), prodSsh.id()));
        DemoScalingGroup railsGroup = scaling.createGroup(rails, "ApplicationAsg", PROD_VPC,
                LaunchTemplateSpec.byId(railsTemplate.id(), "2"), 2, 8, 4, UpdatePolicyPresence.ABSENT);
        scaling.tagProtected(railsGroup.members().get(0).ec2Id());

        CloudFormationStack sidekiq = migratedStack("shop-prod", "sidekiq", PROD_ID6, prodTags);
        LaunchTemplate sidekiqTemplate = template(sidekiq, "shop-prod", "sidekiq", PROD_ID6, List.of(prodApp.id()));
        DemoLogRotationSeed.userData(scaling, sidekiqTemplate, DemoLogRotationSeed.PROD_USER_DATA);
        DemoLogRotationSeed.runLists(world.systemsManager(), REGION, sidekiq.name(), "shop");
        // Its template holds an AutoScalingRollingUpdate policy: a stack update that needs new instances replaces
        // them one by one.
        scaling.createGroup(sidekiq, "ApplicationAsg", PROD_VPC,
                LaunchTemplateSpec.byId(sidekiqTemplate.id(), "1"), 1, 4, 2, UpdatePolicyPresence.PRESENT);

        CloudFormationStack stagingRails = migratedStack("shop-staging", "rails-app", STAGING_ID6,
                Map.of("stage", "staging", "Team", "shop"));
        SecurityGroup stagingApp = group(STAGING_VPC, "shop-staging-app", "App ports");
        SecurityGroup stagingMetrics = group(STAGING_VPC, "shop-staging-metrics-scrape",
                "Prometheus scrape from the monitoring VPC");
        LaunchTemplate stagingTemplate = template(stagingRails, "shop-staging", "rails-app", STAGING_ID6,
                List.of(stagingApp.id()));
        DemoLogRotationSeed.userData(scaling, stagingTemplate, DemoLogRotationSeed.STAGING_USER_DATA);
        DemoLogRotationSeed.runLists(world.systemsManager(), REGION, stagingRails.name(), "shop");
        DemoScalingGroup stagingGroup = scaling.createGroup(stagingRails, "ApplicationAsg", STAGING_VPC,
                LaunchTemplateSpec.byId(stagingTemplate.id(), LaunchTemplateSpec.LATEST), 1, 6, 3,
                UpdatePolicyPresence.ABSENT);

        playNeverOnOpsWorks();

        world.advance(Duration.ofMinutes(30));
        world.visitMigratedStacks();
        world.advance(Duration.ofHours(1));
        // bob meant shop-staging's rails-app group: shop-prod's loses two instances.
        scaling.setDesiredCapacity(BOB, REGION, railsGroup.name(), 2);
        world.advance(Duration.ofMinutes(45));
        // Put back to three on version 2 by the seed's own hand, which leaves no trail, as all its set-up.
        scaling.setDesiredCapacity(null, REGION, railsGroup.name(), 3);
        List<DemoScalingGroup.Member> launchedFromV2 = railsGroup.members();
        world.advance(Duration.ofHours(1));
        // carol moved the sidekiq stack's group to new subnets: CloudFormation replaced its instances.
        scaling.rollingReplacement(CAROL, REGION, sidekiq.name());

        world.advance(Duration.ofHours(3));
        // The metrics group reaches the templates; only rails-app's group is moved to the new version.
        scaling.templates().addVersion(sidekiqTemplate.id(), List.of(prodApp.id(), prodMetrics.id()));
        scaling.templates().addVersion(railsTemplate.id(), List.of(prodApp.id(), prodSsh.id(), prodMetrics.id()));
        scaling.useLaunchTemplateVersion(REGION, railsGroup.name(), "3");
        world.advance(Duration.ofMinutes(20));
        scaling.setDesiredCapacity(null, REGION, railsGroup.name(), 4);
        world.advance(Duration.ofHours(1));
        // Someone fixed one running instance by hand: the next replacement drops it again.
        scaling.hotfixInstanceGroups(null, REGION, launchedFromV2.get(2).ec2Id(),
                List.of(prodApp.id(), prodSsh.id(), prodMetrics.id()));
        world.advance(Duration.ofHours(2));
        scaling.templates().addVersion(stagingTemplate.id(), List.of(stagingApp.id(), stagingMetrics.id()));

        Duration untilRefresh = Duration.between(world.now(), now.minus(REFRESH_STARTED_BEFORE_NOW));
        if (untilRefresh.isNegative()) {
            throw new IllegalStateException("The migrated stacks' stories run past the refresh's start");
        }
        world.advance(untilRefresh);
        scaling.startInstanceRefresh(null, REGION, stagingGroup.name());
    }

    private void playNeverOnOpsWorks() {
        SecurityGroup billingApp = group(SERVICES_VPC, "billing-api-app", "App ports");
        CloudFormationStack billing = scaling.createStack(REGION, "billing-api-prod",
                Map.of("Environment", "production", "Team", "billing"));
        LaunchTemplate billingTemplate = scaling.createLaunchTemplate(billing, "ApiLaunchTemplate",
                "billing-api-prod-api", List.of(billingApp.id()));
        scaling.createGroup(billing, "ApiGroup", SERVICES_VPC,
                LaunchTemplateSpec.byId(billingTemplate.id(), LaunchTemplateSpec.DEFAULT), 2, 4, 2,
                UpdatePolicyPresence.PRESENT);

        SecurityGroup batch = group(SERVICES_VPC, "nightly-batch", "Outbound only");
        LaunchTemplate batchTemplate = scaling.templates().create(REGION, "nightly-batch", List.of(batch.id()));
        scaling.createGroup(REGION, SERVICES_VPC, "nightly-batch", LaunchTemplateSpec.byName(batchTemplate.name(),
                "1"), 0, 2, 1, Map.of("Team", "data"), UpdatePolicyPresence.UNKNOWN);
    }

    private CloudFormationStack migratedStack(String opsworksStack, String layer, String id6,
                                              Map<String, String> tags) {
        return migratedStack(scaling, REGION, opsworksStack, layer, id6, tags);
    }

    /** A layer's CloudFormation stack as the migration script names it: {@code <stack>-<layer>-<id6>}. */
    static CloudFormationStack migratedStack(DemoScaling scaling, String region, String opsworksStack, String layer,
                                             String id6, Map<String, String> tags) {
        String name = opsworksStack + "-" + layer + "-" + id6;
        Map<String, String> withAppManager = new LinkedHashMap<>(tags);
        withAppManager.put(APP_MANAGER_TAG, name);
        return scaling.createStack(region, name, withAppManager);
    }

    private LaunchTemplate template(CloudFormationStack stack, String opsworksStack, String layer, String id6,
                                   List<String> groupIds) {
        return template(scaling, stack, opsworksStack, layer, id6, groupIds);
    }

    /** The layer's launch template: {@code <stack>-<layer>-LaunchTemplate-<id6>}. */
    static LaunchTemplate template(DemoScaling scaling, CloudFormationStack stack, String opsworksStack,
                                   String layer, String id6, List<String> groupIds) {
        return scaling.createLaunchTemplate(stack, "LaunchTemplate",
                opsworksStack + "-" + layer + "-LaunchTemplate-" + id6, groupIds);
    }

    private SecurityGroup group(String vpcId, String name, String description) {
        return world.ec2().addSecurityGroup(REGION, vpcId, name, description);
    }
}
