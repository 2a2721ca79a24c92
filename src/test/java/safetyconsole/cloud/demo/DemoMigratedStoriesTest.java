package safetyconsole.cloud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.RefreshSkip;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.asgdrift.SuggestedFix;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.cloud.StackResource;
import safetyconsole.context.Environment;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.testing.TestClocks;

/** The demo's migrated stacks tell their stories through the same analysis the console runs on AWS. */
class DemoMigratedStoriesTest {

    private static final String REGION = DemoMigratedSeed.REGION;

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final List<ScalingGroupDrift> drifts = new ScalingGroupFactsReader(account.scalingGroups()).read(REGION)
            .stream().map(ScalingGroupDriftAnalyzer::analyze).toList();

    @Test
    void theMigratedStacksAreNamedAsTheMigrationScriptNamesThem() {
        assertThat(account.listResourceGroupNames(REGION))
                .containsExactly("app-shop-prod-3f2a9c", "app-shop-staging-7b1e02");
        assertThat(account.describeCloudFormationStacks(REGION)).extracting(CloudFormationStack::name)
                .containsExactly("shop-prod-rails-app-3f2a9c", "shop-prod-sidekiq-3f2a9c",
                        "shop-staging-rails-app-7b1e02", "billing-api-prod");
        assertThat(account.describeStackResources(REGION, "shop-prod-rails-app-3f2a9c"))
                .filteredOn(StackResource::isAutoScalingGroup).singleElement().satisfies(resource -> {
                    assertThat(resource.logicalId()).isEqualTo("ApplicationAsg");
                    assertThat(resource.physicalId())
                            .matches("shop-prod-rails-app-3f2a9c-ApplicationAsg-[A-Z0-9]{12}");
                });
        LaunchTemplate template = account.describeLaunchTemplate(REGION,
                group("shop-prod-rails-app-3f2a9c").launchTemplate().orElseThrow());
        assertThat(template.name()).isEqualTo("shop-prod-rails-app-LaunchTemplate-3f2a9c");
        assertThat(template.latestVersionNumber()).isEqualTo(3);
        assertThat(account.describeAutoScalingGroups(REGION)).extracting(AutoScalingGroup::name)
                .contains("nightly-batch");
        assertThat(group("nightly-batch").cloudFormationStackName()).isEmpty();
    }

    @Test
    void theirTagsClassifyShopProdAsProductionAndShopStagingAsStaging() {
        EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of());

        assertThat(classifier.classify(asStack("shop-prod-rails-app-3f2a9c")).environment())
                .isEqualTo(Environment.PRODUCTION);
        assertThat(classifier.classify(asStack("shop-staging-rails-app-7b1e02")).environment())
                .isEqualTo(Environment.STAGING);
        assertThat(classifier.classify(asStack("billing-api-prod")).environment())
                .isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void instancesLaunchedFromVersion2LackTheMetricsGroupButTheHotFixedOneOnlyLags() {
        ScalingGroupDrift rails = drift("shop-prod-rails-app-3f2a9c");
        String metrics = groupId("shop-prod-metrics-scrape", "vpc-0f1a2b3c4d5e6f701");

        assertThat(rails.withStatus(TemplateSyncStatus.MISSING)).hasSize(2).allSatisfy(instance -> {
            assertThat(instance.missing()).containsExactly(metrics);
            assertThat(instance.launchedFrom().orElseThrow().version()).isEqualTo("2");
        });
        assertThat(rails.withStatus(TemplateSyncStatus.LAG)).singleElement()
                .satisfies(instance -> assertThat(instance.actual()).contains(metrics));
        assertThat(rails.withStatus(TemplateSyncStatus.IN_SYNC)).singleElement()
                .satisfies(instance -> assertThat(instance.launchedFrom().orElseThrow().version()).isEqualTo("3"));
        assertThat(rails.suggestedFix()).isEqualTo(SuggestedFix.START_INSTANCE_REFRESH);
    }

    @Test
    void theProtectedInstanceIsOneARefreshWouldSkip() {
        ScalingGroupDrift rails = drift("shop-prod-rails-app-3f2a9c");

        assertThat(rails.refreshSkips()).singleElement().extracting(RefreshSkip::instanceId)
                .isIn(rails.withStatus(TemplateSyncStatus.MISSING).stream().map(InstanceTemplateDrift::instanceId)
                        .toList());
    }

    @Test
    void theSidekiqGroupPinnedToVersion1DoesNotUseTheMetricsGroupOfVersion2() {
        ScalingGroupDrift sidekiq = drift("shop-prod-sidekiq-3f2a9c");

        assertThat(sidekiq.unusedGroups()).singleElement().satisfies(unused -> {
            assertThat(unused.groupIds()).containsExactly(groupId("shop-prod-metrics-scrape", "vpc-0f1a2b3c4d5e6f701"));
            assertThat(unused.usedNow().versionNumber()).isEqualTo(1);
            assertThat(unused.newer().versionNumber()).isEqualTo(2);
        });
        assertThat(sidekiq.instances()).isNotEmpty()
                .allSatisfy(instance -> assertThat(instance.status()).isEqualTo(TemplateSyncStatus.IN_SYNC));
    }

    @Test
    void stagingIsBeingRefreshedFortyPercentOfTheWay() {
        ScalingGroupDrift staging = drift("shop-staging-rails-app-7b1e02");

        assertThat(staging.latestRefresh()).hasValueSatisfying(refresh -> {
            assertThat(refresh.status()).isEqualTo(InstanceRefreshStatus.IN_PROGRESS);
            assertThat(refresh.percentageComplete()).hasValue(40);
            assertThat(refresh.startTime()).contains(TestClocks.NOW.minus(DemoMigratedSeed.REFRESH_STARTED_BEFORE_NOW));
        });
        assertThat(staging.withStatus(TemplateSyncStatus.MISSING)).hasSize(3);
        assertThat(staging.suggestedFix()).isEqualTo(SuggestedFix.WAIT_FOR_REFRESH);
    }

    @Test
    void theStacksThatNeverWereOnOpsWorksAreInSync() {
        assertThat(drift("billing-api-prod").hasFindings()).isFalse();
        ScalingGroupDrift batch = drifts.stream().filter(d -> d.group().name().equals("nightly-batch")).findFirst()
                .orElseThrow();
        assertThat(batch.hasFindings()).isFalse();
        assertThat(batch.instances()).hasSize(1);
    }

    @Test
    void theIdsAreTheSameOnEveryDate() {
        DemoAccount later = DemoAccount.seeded(Clock.fixed(TestClocks.NOW.plus(Duration.ofDays(1000)),
                ZoneOffset.UTC));

        assertThat(groupsAndInstances(later)).isEqualTo(groupsAndInstances(account));
        assertThat(later.describeCloudFormationStacks(REGION)).extracting(CloudFormationStack::id)
                .isEqualTo(account.describeCloudFormationStacks(REGION).stream().map(CloudFormationStack::id)
                        .toList());
    }

    private static List<String> groupsAndInstances(DemoAccount demo) {
        return demo.describeAutoScalingGroups(REGION).stream().map(group -> group.name() + " "
                + group.instances().stream().map(AutoScalingInstance::instanceId).toList()).toList();
    }

    private ScalingGroupDrift drift(String cloudFormationStack) {
        return drifts.stream()
                .filter(d -> d.group().cloudFormationStackName().equals(Optional.of(cloudFormationStack)))
                .findFirst().orElseThrow();
    }

    private AutoScalingGroup group(String nameOrStack) {
        return account.describeAutoScalingGroups(REGION).stream()
                .filter(g -> g.name().equals(nameOrStack)
                        || g.cloudFormationStackName().equals(Optional.of(nameOrStack)))
                .findFirst().orElseThrow();
    }

    private String groupId(String name, String vpcId) {
        return account.describeSecurityGroups(REGION, vpcId).stream().filter(g -> g.name().equals(name))
                .map(SecurityGroup::id).findFirst().orElseThrow();
    }

    private Stack asStack(String cloudFormationStack) {
        CloudFormationStack stack = account.describeCloudFormationStacks(REGION).stream()
                .filter(s -> s.name().equals(cloudFormationStack)).findFirst().orElseThrow();
        return Stack.migrated(StackKind.CLOUDFORMATION, stack.id(), stack.name(), REGION, stack.tags(),
                stack.createdAt(), Optional.empty());
    }
}
