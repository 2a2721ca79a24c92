package safetyconsole.cloud.aws;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.resourcegroups.ResourceGroupsClient;
import software.amazon.awssdk.services.resourcegroups.model.QueryType;

import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.Operation;
import safetyconsole.testing.TestClocks;

/**
 * Stacks migrated off OpsWorks, live on loopback: moto holds the VPC, security groups, launch template,
 * CloudFormation stacks and their Auto Scaling groups; a {@link LocalAwsPeer} in front of it answers what moto
 * lacks (instance refreshes, the stack holding a resource) and records every request. The adapter under test talks
 * only to the peer; the fixture's own clients talk to moto.
 */
final class MigratedStacksWorld implements AutoCloseable {

    static final String REGION = "eu-west-1";
    static final Instant CONFIRMATION_EXPIRES = TestClocks.NOW.plusSeconds(600);

    /** A CloudFormation stack, by ARN, holding one Auto Scaling group. */
    record MigratedStack(String stackId, String stackName, String groupName) {
    }

    /** A layer's stack as the migration script makes it: one group on the template, subnets as a list parameter. */
    private static final String LAYER_TEMPLATE = """
            {"Parameters": {"SubnetIds": {"Type": "CommaDelimitedList"}, "TemplateId": {"Type": "String"},
                            "TemplateVersion": {"Type": "String"}},
             "Resources": {"ApplicationAsg": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {
                 "LaunchTemplate": {"LaunchTemplateId": {"Ref": "TemplateId"}, "Version": {"Ref": "TemplateVersion"}},
                 "MinSize": "0", "MaxSize": "10", "DesiredCapacity": "2",
                 "VPCZoneIdentifier": {"Ref": "SubnetIds"}}}}}""";

    final LocalAwsPeer peer = new LocalAwsPeer();
    final Ec2Client ec2;
    final AutoScalingClient autoScaling;
    final CloudFormationClient cloudFormation;
    final LocalInstanceRefreshes refreshes;
    final URI moto;
    final String subnet;
    final String app;
    final String monitoring;
    final String extra;
    final String templateId;
    private final String image;
    private AwsAccount account;

    MigratedStacksWorld() {
        moto = Moto.freshEndpoint();
        peer.answerKnownForwardRestTo(moto);
        ec2 = Moto.client(Ec2Client.builder(), moto, REGION);
        autoScaling = Moto.client(AutoScalingClient.builder(), moto, REGION);
        cloudFormation = Moto.client(CloudFormationClient.builder(), moto, REGION);
        refreshes = new LocalInstanceRefreshes(autoScaling, ec2);
        refreshes.serveOn(peer);
        new LocalStackOfResource(cloudFormation).serveOn(peer);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.0.0/24").availabilityZone("eu-west-1a"))
                .subnet().subnetId();
        app = securityGroup("shop-app", vpc);
        monitoring = securityGroup("sg-monitoring", vpc);
        extra = securityGroup("debug-ssh", vpc);
        image = ec2.describeImages(r -> { }).images().get(0).imageId();
        templateId = ec2.createLaunchTemplate(r -> r.launchTemplateName("shop-rails-app-LaunchTemplate-3f2a9c")
                .launchTemplateData(d -> d.imageId(image).instanceType("t3.micro").securityGroupIds(app)))
                .launchTemplate().launchTemplateId();
    }

    /** The adapter as the console builds it, every service at the peer; closed with the world. */
    AwsAccount account(Path home) {
        return account(home, peer.endpoint());
    }

    /** The same with Auto Scaling answered at {@code autoScalingEndpoint} (moto itself: nothing it lacks served). */
    AwsAccount account(Path home, URI autoScalingEndpoint) {
        return account(home, autoScalingEndpoint, 1000);
    }

    /** The adapter at the peer with CloudTrail paced as the console paces it: two lookups a second. */
    AwsAccount pacedAccount(Path home) {
        return account(home, peer.endpoint(), 2);
    }

    private AwsAccount account(Path home, URI autoScalingEndpoint, int lookupsPerSecond) {
        AwsTarget target = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), AwsTestWorld.FAST)
                .withEndpoint(peer.endpoint()).withEndpoint(AwsService.AUTOSCALING, autoScalingEndpoint);
        close(account);
        account = new AwsAccount(target, TestProfiles.write(home, TestProfiles.STATIC,
                TestProfiles.STATIC_CREDENTIALS), MfaPrompt.NONE, TestClocks.fixed(),
                () -> RequestPacer.perSecond(lookupsPerSecond), AwsTestWorld.sideReads());
        return account;
    }

    /** A migrated layer's CloudFormation stack whose group runs two instances from {@code version}. */
    MigratedStack layerStack(String name, String version) {
        return layerStack(name, version, Map.of());
    }

    MigratedStack layerStack(String name, String version, Map<String, String> tags) {
        String stackId = cloudFormation.createStack(r -> r.stackName(name).templateBody(LAYER_TEMPLATE).parameters(
                p -> p.parameterKey("SubnetIds").parameterValue(subnet),
                p -> p.parameterKey("TemplateId").parameterValue(templateId),
                p -> p.parameterKey("TemplateVersion").parameterValue(version))
                .tags(tags.entrySet().stream().map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue())
                        .build()).toList())).stackId();
        String group = cloudFormation.listStackResources(r -> r.stackName(stackId)).stackResourceSummaries().stream()
                .filter(resource -> resource.logicalResourceId().equals("ApplicationAsg")).findFirst().orElseThrow()
                .physicalResourceId();
        return new MigratedStack(stackId, name, group);
    }

    /** A group no stack holds, with two instances. */
    String groupOnItsOwn(String name) {
        autoScaling.createAutoScalingGroup(r -> r.autoScalingGroupName(name)
                .launchTemplate(t -> t.launchTemplateId(templateId).version("1"))
                .minSize(0).maxSize(10).desiredCapacity(2).vpcZoneIdentifier(subnet));
        return name;
    }

    /** An Application Manager application: a Resource Groups group (moto's own query type stands in). */
    void application(String name) {
        try (ResourceGroupsClient resourceGroups = Moto.client(ResourceGroupsClient.builder(), moto, REGION)) {
            resourceGroups.createGroup(r -> r.name(name).resourceQuery(q -> q.type(QueryType.TAG_FILTERS_1_0)
                    .query("{\"ResourceTypeFilters\":[\"AWS::AllSupported\"],"
                            + "\"TagFilters\":[{\"Key\":\"AppManagerCFNStackKey\",\"Values\":[\"x\"]}]}")));
        }
    }

    /** Version 2 adds sg-monitoring and becomes the default, so new instances launch from it (moto's rule). */
    void addMonitoringInVersion2() {
        ec2.createLaunchTemplateVersion(r -> r.launchTemplateId(templateId)
                .launchTemplateData(d -> d.imageId(image).instanceType("t3.micro").securityGroupIds(app, monitoring)));
        ec2.modifyLaunchTemplate(r -> r.launchTemplateId(templateId).defaultVersion("2"));
    }

    void useVersion(String group, String version) {
        autoScaling.updateAutoScalingGroup(r -> r.autoScalingGroupName(group)
                .launchTemplate(t -> t.launchTemplateId(templateId).version(version)));
    }

    List<String> instancesOf(String group) {
        return autoScaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames(group)).autoScalingGroups()
                .stream().flatMap(g -> g.instances().stream()).map(i -> i.instanceId()).sorted().toList();
    }

    /** The group's instances launched from {@code version}, by EC2's launch template tag. */
    List<String> launchedFrom(String group, String version) {
        List<String> ids = instancesOf(group);
        return ec2.describeInstances(r -> r.instanceIds(ids)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream())
                .filter(instance -> instance.tags().stream().anyMatch(tag -> tag.key()
                        .equals("aws:ec2launchtemplate:version") && tag.value().equals(version)))
                .map(Instance::instanceId).sorted().toList();
    }

    List<String> securityGroupsOf(String instanceId) {
        return ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0)
                .securityGroups().stream().map(g -> g.groupId()).sorted().toList();
    }

    int desiredCapacityOf(String group) {
        return autoScaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames(group)).autoScalingGroups().get(0)
                .desiredCapacity();
    }

    String arnOf(String group) {
        return autoScaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames(group)).autoScalingGroups().get(0)
                .autoScalingGroupARN();
    }

    /** What the guard would hand the adapter for {@code operation} on {@code target} in {@code stackId}. */
    static Confirmation confirmation(String stackId, Operation operation, String target) {
        return new Confirmation("plan-1", stackId, operation, Set.of(target), CONFIRMATION_EXPIRES);
    }

    private String securityGroup(String name, String vpc) {
        return ec2.createSecurityGroup(r -> r.groupName(name).description(name).vpcId(vpc)).groupId();
    }

    private static void close(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        close(account);
        ec2.close();
        autoScaling.close();
        cloudFormation.close();
        peer.close();
    }
}
