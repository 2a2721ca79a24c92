package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFacts;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.testing.TestClocks;

/**
 * Issue 16's acceptance through the real SDK on loopback: moto plays EC2 and Auto Scaling, the project's peer in
 * front of it answers DescribeInstanceRefreshes (which moto lacks) and counts every request. moto launches a
 * group's instances from the template's default version whatever the group names (SUCCESSOR-FACTS §6), so the
 * stale instances are made by moving the default version between scale-outs.
 */
class AwsScalingGroupReadsTest {

    private static final String REGION = "eu-west-1";
    private static final String GROUP = "shop-prod-rails-app-3f2a9c-ApplicationAsg-1QX0";

    @TempDir
    Path home;
    private final LocalAwsPeer peer = new LocalAwsPeer();
    private URI moto;
    private Ec2Client ec2;
    private AutoScalingClient autoScaling;
    private AwsAccount account;
    private String templateId;
    private String app;
    private String monitoring;
    private String extra;
    /** What the peer says of the group's refreshes; none until one "ran". */
    private volatile String refreshStatus;

    @BeforeEach
    void start() {
        moto = Moto.freshEndpoint();
        peer.answerKnownForwardRestTo(moto);
        ec2 = Moto.client(Ec2Client.builder(), moto, REGION);
        autoScaling = Moto.client(AutoScalingClient.builder(), moto, REGION);
        AwsTarget target = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), AwsTestWorld.FAST)
                .withEndpoint(peer.endpoint());
        account = new AwsAccount(target, TestProfiles.write(home, TestProfiles.STATIC,
                TestProfiles.STATIC_CREDENTIALS), MfaPrompt.NONE, TestClocks.fixed(),
                () -> RequestPacer.perSecond(1000), AwsTestWorld.sideReads());
    }

    @AfterEach
    void stop() {
        account.close();
        ec2.close();
        autoScaling.close();
        peer.close();
    }

    /** Refreshes as Auto Scaling answers them (query protocol, XML). */
    private void serveRefreshes() {
        peer.on("DescribeInstanceRefreshes", request -> LocalAwsPeer.Reply.xml(
                "<DescribeInstanceRefreshesResponse xmlns=\"http://autoscaling.amazonaws.com/doc/2011-01-01/\">"
                + "<DescribeInstanceRefreshesResult><InstanceRefreshes>"
                + (refreshStatus == null ? "" : "<member><InstanceRefreshId>r-1</InstanceRefreshId>"
                        + "<AutoScalingGroupName>" + request.body().path("AutoScalingGroupName").asText()
                        + "</AutoScalingGroupName><Status>" + refreshStatus + "</Status>"
                        + "<PercentageComplete>100</PercentageComplete>"
                        + "<StartTime>2026-12-01T10:00:00Z</StartTime></member>")
                + "</InstanceRefreshes></DescribeInstanceRefreshesResult>"
                + "<ResponseMetadata><RequestId>req</RequestId></ResponseMetadata>"
                + "</DescribeInstanceRefreshesResponse>"));
    }

    /**
     * Two instances launched from version 1 (sg app), then version 2 adds sg-monitoring, becomes the default and
     * the group's version, and a scale-out launches one instance from it.
     */
    private void groupWithStaleInstances() {
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.0.0/24").availabilityZone("eu-west-1a"))
                .subnet().subnetId();
        app = group("shop-prod-app", vpc);
        monitoring = group("sg-monitoring", vpc);
        extra = group("debug-ssh", vpc);
        String image = ec2.describeImages(r -> { }).images().get(0).imageId();
        templateId = ec2.createLaunchTemplate(r -> r.launchTemplateName("shop-prod-rails-app-LaunchTemplate-3f2a9c")
                .launchTemplateData(d -> d.imageId(image).instanceType("t3.micro").securityGroupIds(app)))
                .launchTemplate().launchTemplateId();
        autoScaling.createAutoScalingGroup(r -> r.autoScalingGroupName(GROUP)
                .launchTemplate(t -> t.launchTemplateId(templateId).version("1"))
                .minSize(0).maxSize(10).desiredCapacity(2).vpcZoneIdentifier(subnet));
        ec2.createLaunchTemplateVersion(r -> r.launchTemplateId(templateId)
                .launchTemplateData(d -> d.imageId(image).instanceType("t3.micro").securityGroupIds(app, monitoring)));
        ec2.modifyLaunchTemplate(r -> r.launchTemplateId(templateId).defaultVersion("2"));
        autoScaling.updateAutoScalingGroup(r -> r.autoScalingGroupName(GROUP)
                .launchTemplate(t -> t.launchTemplateId(templateId).version("2")));
        autoScaling.setDesiredCapacity(r -> r.autoScalingGroupName(GROUP).desiredCapacity(3));
    }

    private String group(String name, String vpc) {
        return ec2.createSecurityGroup(r -> r.groupName(name).description(name).vpcId(vpc)).groupId();
    }

    /** The group's instances launched from {@code version}, by EC2's launch template tag. */
    private List<String> launchedFrom(String version) {
        List<String> ids = autoScaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames(GROUP))
                .autoScalingGroups().get(0).instances().stream().map(i -> i.instanceId()).toList();
        return ec2.describeInstances(r -> r.instanceIds(ids)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream())
                .filter(instance -> instance.tags().stream().anyMatch(tag -> tag.key()
                        .equals("aws:ec2launchtemplate:version") && tag.value().equals(version)))
                .map(Instance::instanceId).sorted().toList();
    }

    private ScalingGroupDrift analyzed() {
        List<ScalingGroupFacts> facts = new ScalingGroupFactsReader(account.scalingGroups()).read(REGION);
        assertThat(facts).extracting(fact -> fact.group().name()).contains(GROUP);
        return facts.stream().filter(fact -> fact.group().name().equals(GROUP))
                .map(ScalingGroupDriftAnalyzer::analyze).findFirst().orElseThrow();
    }

    private static Map<String, TemplateSyncStatus> statuses(ScalingGroupDrift drift) {
        return drift.instances().stream().collect(Collectors.toMap(InstanceTemplateDrift::instanceId,
                InstanceTemplateDrift::status));
    }

    @Test
    void version1InstancesMissTheNewGroupUntilARefreshReplacesThem() {
        serveRefreshes();
        groupWithStaleInstances();
        List<String> version1 = launchedFrom("1");
        List<String> version2 = launchedFrom("2");
        assertThat(version1).hasSize(2);
        assertThat(version2).hasSize(1);

        ScalingGroupDrift stale = analyzed();
        assertThat(stale.withStatus(TemplateSyncStatus.MISSING)).extracting(InstanceTemplateDrift::instanceId)
                .containsExactlyInAnyOrderElementsOf(version1)
                .allSatisfy(id -> assertThat(id).startsWith("i-"));
        assertThat(stale.withStatus(TemplateSyncStatus.MISSING))
                .allSatisfy(instance -> assertThat(instance.missing()).containsExactly(monitoring));
        assertThat(statuses(stale)).containsEntry(version2.get(0), TemplateSyncStatus.IN_SYNC);

        String hotFixed = version1.get(0);
        ec2.modifyInstanceAttribute(r -> r.instanceId(hotFixed).groups(app, monitoring));
        ec2.modifyInstanceAttribute(r -> r.instanceId(version2.get(0)).groups(app, monitoring, extra));
        ScalingGroupDrift handled = analyzed();
        assertThat(statuses(handled)).containsExactlyInAnyOrderEntriesOf(Map.of(
                hotFixed, TemplateSyncStatus.LAG,
                version1.get(1), TemplateSyncStatus.MISSING,
                version2.get(0), TemplateSyncStatus.HOTFIX));
        assertThat(handled.withStatus(TemplateSyncStatus.HOTFIX).get(0).hotfix()).containsExactly(extra);

        // The refresh, as the peer plays it: every instance unlike the template replaced by one from version 2.
        for (String old : List.of(version1.get(0), version1.get(1), version2.get(0))) {
            autoScaling.terminateInstanceInAutoScalingGroup(r -> r.instanceId(old)
                    .shouldDecrementDesiredCapacity(true));
        }
        autoScaling.setDesiredCapacity(r -> r.autoScalingGroupName(GROUP).desiredCapacity(3));
        refreshStatus = "Successful";

        ScalingGroupDrift refreshed = analyzed();
        assertThat(refreshed.instances()).hasSize(3).allSatisfy(instance ->
                assertThat(instance.status()).isEqualTo(TemplateSyncStatus.IN_SYNC));
        assertThat(refreshed.latestRefresh()).hasValueSatisfying(refresh ->
                assertThat(refresh.status()).isEqualTo(InstanceRefreshStatus.SUCCESSFUL));
        assertThat(refreshed.hasFindings()).isFalse();
        assertThat(peer.requests("DescribeInstanceRefreshes")).last()
                .satisfies(request -> assertThat(request.body().path("AutoScalingGroupName").asText())
                        .isEqualTo(GROUP));
    }

    @Test
    void eachTemplateVersionIsDescribedOnceNotPerInstanceNorPerGroup() {
        serveRefreshes();
        groupWithStaleInstances();
        String subnet = autoScaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames(GROUP))
                .autoScalingGroups().get(0).vpcZoneIdentifier();
        autoScaling.createAutoScalingGroup(r -> r.autoScalingGroupName("shop-prod-sidekiq-3f2a9c")
                .launchTemplate(t -> t.launchTemplateId(templateId).version("$Latest"))
                .minSize(0).maxSize(10).desiredCapacity(2).vpcZoneIdentifier(subnet));

        List<ScalingGroupFacts> facts = new ScalingGroupFactsReader(account.scalingGroups()).read(REGION);

        assertThat(facts).hasSize(2);
        assertThat(facts.stream().mapToInt(fact -> fact.ec2Instances().size()).sum()).isEqualTo(5);
        assertThat(peer.requests("DescribeLaunchTemplateVersions")).as("template version 2, once").hasSize(1);
        assertThat(peer.requests("DescribeLaunchTemplates")).as("the one template, once").hasSize(1);
        assertThat(peer.requests("DescribeInstances")).as("five instances, one request").hasSize(1);
        assertThat(peer.requests("DescribeInstanceRefreshes")).as("per group").hasSize(2);
    }

    @Test
    void refreshesMotoCannotDescribeAreNotCheckedWhileTheInstancesStillAre() {
        groupWithStaleInstances();

        assertThatThrownBy(() -> account.scalingGroups().describeInstanceRefreshes(REGION, GROUP))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_ERROR);
                    assertThat(e.getMessage()).contains("autoscaling:DescribeInstanceRefreshes", GROUP, "HTTP 500");
                });

        ScalingGroupDrift drift = analyzed();
        assertThat(drift.refreshesNotCheckedBecause()).hasValueSatisfying(why ->
                assertThat(why).contains("autoscaling:DescribeInstanceRefreshes"));
        assertThat(drift.sentences()).anySatisfy(sentence ->
                assertThat(sentence).startsWith("Instance refreshes: NOT CHECKED"));
        assertThat(drift.withStatus(TemplateSyncStatus.MISSING)).hasSize(2);
    }
}
