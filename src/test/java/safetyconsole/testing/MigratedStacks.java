package safetyconsole.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFacts;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.SecurityGroupNames;

/**
 * Migrated stacks for the window's tests, built without a provider: shop-prod's rails-app layer as a CloudFormation
 * stack whose group uses version 3 of its template (which added sg-metrics) while instances of version 2 run, one of
 * them hot-fixed (its CloudFormation stack read, holding the group); and a lone Auto Scaling group with a refresh
 * in progress.
 */
public final class MigratedStacks {

    public static final String REGION = "eu-west-1";
    public static final String SHOP_PROD_RAILS = "shop-prod-rails-app-3f2a9c";
    public static final String SHOP_PROD_GROUP = "shop-prod-rails-app-3f2a9c-ApplicationAsg-1X2Y3Z";
    public static final String NIGHTLY = "nightly-batch";
    private static final String TEMPLATE = "lt-0rails";
    private static final String TEMPLATE_NAME = "shop-prod-rails-app-LaunchTemplate-3f2a9c";

    private MigratedStacks() {
    }

    public static Stack shopProdRails() {
        return Stack.migrated(StackKind.CLOUDFORMATION,
                "arn:aws:cloudformation:eu-west-1:999988887777:stack/" + SHOP_PROD_RAILS + "/1", SHOP_PROD_RAILS,
                REGION, Map.of("environment", "production"), TestClocks.NOW,
                Optional.of(new OpsWorksOrigin("shop-prod", Optional.of("rails-app"), "3f2a9c", Optional.empty())));
    }

    public static Stack nightlyBatch() {
        return Stack.migrated(StackKind.AUTO_SCALING_GROUP, groupArn(NIGHTLY), NIGHTLY, REGION,
                Map.of("environment", "development"), TestClocks.NOW, Optional.empty());
    }

    /** What a loader reads for either stack above. */
    public static ScalingStackInventory load(Stack stack) {
        return stack.name().equals(NIGHTLY) ? nightlyInventory(stack) : shopProdInventory(stack);
    }

    /** The same inventory, its security groups named as EC2 would (the fixtures' groups are named by their ids). */
    public static ScalingStackInventory withGroupNames(ScalingStackInventory read, Map<String, String> names) {
        return new ScalingStackInventory(read.stack(), read.cloudFormationStack(), read.resources(), read.groups(),
                read.ec2ById(), read.loadedAt(), read.unread(), new SecurityGroupNames(names));
    }

    private static ScalingStackInventory shopProdInventory(Stack stack) {
        AutoScalingGroup group = new AutoScalingGroup(SHOP_PROD_GROUP, groupArn(SHOP_PROD_GROUP), REGION,
                Optional.of(LaunchTemplateSpec.byId(TEMPLATE, LaunchTemplateSpec.LATEST)), Optional.empty(), 4, 2, 6,
                Map.of(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG, SHOP_PROD_RAILS), UpdatePolicyPresence.ABSENT,
                List.of(member("i-0a"), member("i-0b"), member("i-0c"), member("i-0d")));
        List<TaggedEc2Instance> ec2 = List.of(ec2("i-0a", "2", "sg-web"), ec2("i-0b", "3", "sg-web", "sg-metrics"),
                ec2("i-0c", "2", "sg-web", "sg-metrics"), ec2("i-0d", "3", "sg-web", "sg-metrics", "sg-debug"));
        ScalingGroupFacts facts = new ScalingGroupFacts(group, List.of(template()), versions(), List.of(), ec2,
                List.of());
        CloudFormationStack cloudFormation = new CloudFormationStack(stack.id(), stack.name(), REGION,
                "CREATE_COMPLETE", stack.tags(), TestClocks.NOW);
        return new ScalingStackInventory(stack, Optional.of(cloudFormation),
                List.of(new StackResource("ApplicationAsg", StackResource.AUTO_SCALING_GROUP, SHOP_PROD_GROUP,
                        "CREATE_COMPLETE")),
                List.of(ScalingGroupDriftAnalyzer.analyze(facts)), ec2ById(ec2), TestClocks.NOW);
    }

    private static ScalingStackInventory nightlyInventory(Stack stack) {
        AutoScalingGroup group = new AutoScalingGroup(NIGHTLY, groupArn(NIGHTLY), REGION,
                Optional.of(LaunchTemplateSpec.byId(TEMPLATE, "3")), Optional.empty(), 1, 0, 2, Map.of(),
                UpdatePolicyPresence.UNKNOWN, List.of(member("i-1a")));
        List<TaggedEc2Instance> ec2 = List.of(ec2("i-1a", "2", "sg-web"));
        InstanceRefresh refresh = new InstanceRefresh("r-1", NIGHTLY, InstanceRefreshStatus.IN_PROGRESS,
                OptionalInt.of(40), Optional.of(TestClocks.NOW), Optional.empty());
        ScalingGroupFacts facts = new ScalingGroupFacts(group, List.of(template()), versions(), List.of(), ec2,
                List.of(refresh));
        return new ScalingStackInventory(stack, Optional.empty(), List.of(),
                List.of(ScalingGroupDriftAnalyzer.analyze(facts)), ec2ById(ec2), TestClocks.NOW);
    }

    private static Map<String, Ec2Instance> ec2ById(List<TaggedEc2Instance> ec2) {
        return ec2.stream().collect(Collectors.toMap(tagged -> tagged.instance().id(), TaggedEc2Instance::instance));
    }

    private static String groupArn(String name) {
        return "arn:aws:autoscaling:eu-west-1:999988887777:autoScalingGroup:1:autoScalingGroupName/" + name;
    }

    private static AutoScalingInstance member(String id) {
        return new AutoScalingInstance(id, "t3.small", AutoScalingLifecycleState.IN_SERVICE, false);
    }

    private static TaggedEc2Instance ec2(String id, String version, String... groups) {
        List<GroupRef> refs = Arrays.stream(groups).map(group -> new GroupRef(group, group)).toList();
        return new TaggedEc2Instance(new Ec2Instance(id, Ec2State.RUNNING, "vpc-1", RootDeviceType.EBS, refs,
                "10.0.0.1", null, TestClocks.NOW), Map.of(TaggedEc2Instance.LAUNCH_TEMPLATE_ID_TAG, TEMPLATE,
                TaggedEc2Instance.LAUNCH_TEMPLATE_VERSION_TAG, version));
    }

    /** Default version 2, latest 3. */
    private static LaunchTemplate template() {
        return new LaunchTemplate(TEMPLATE, TEMPLATE_NAME, 2, 3);
    }

    /** Version 3 added sg-metrics. */
    private static List<LaunchTemplateVersion> versions() {
        return List.of(new LaunchTemplateVersion(TEMPLATE, 2, List.of("sg-web"), List.of(), List.of()),
                new LaunchTemplateVersion(TEMPLATE, 3, List.of("sg-web", "sg-metrics"), List.of(), List.of()));
    }
}
