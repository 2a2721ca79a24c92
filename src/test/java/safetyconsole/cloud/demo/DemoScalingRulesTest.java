package safetyconsole.cloud.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UnconfirmedMutationException;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestClocks;

/** The seven changes on migrated stacks, by the rules of Auto Scaling, EC2 and CloudFormation. */
class DemoScalingRulesTest {

    private static final String REGION = DemoMigratedSeed.REGION;
    private static final String RAILS = "shop-prod-rails-app-3f2a9c";
    private static final String SIDEKIQ = "shop-prod-sidekiq-3f2a9c";
    private static final String STAGING = "shop-staging-rails-app-7b1e02";

    private final MutableClock clock = TestClocks.mutable();
    private final DemoAccount account = DemoAccount.seeded(clock);

    @Test
    void aDesiredCapacityOutsideMinAndMaxIsRefusedAndNothingChanges() {
        AutoScalingGroup rails = group(RAILS);

        assertKind(() -> setDesired(rails, rails.maxSize() + 1), CloudException.Kind.INVALID_INPUT);
        assertKind(() -> setDesired(rails, rails.minSize() - 1), CloudException.Kind.INVALID_INPUT);
        assertThat(group(RAILS)).isEqualTo(rails);
    }

    @Test
    void aScaleInSparesProtectedInstancesAndTakesTheOldestVersionThenTheOldestLaunchFirst() {
        // rails: v2 instances [tagged protected_instance, a, hot-fixed b], then c from v3.
        List<String> before = instanceIds(RAILS);
        String protectedFromScaleIn = before.get(1);
        DemoTestAccess.protectFromScaleInBehindTheBack(account, REGION, protectedFromScaleIn);
        clock.advance(Duration.ofMinutes(1));
        setDesired(group(RAILS), 5);
        String newest = instanceIds(RAILS).get(4);

        setDesired(group(RAILS), 4);
        assertThat(instanceIds(RAILS)).doesNotContain(before.get(2)).contains(before.get(3), newest);

        setDesired(group(RAILS), 3);
        assertThat(instanceIds(RAILS)).containsExactly(before.get(0), protectedFromScaleIn, newest);
        assertThat(account.describeTaggedEc2Instances(REGION, List.of(before.get(2), before.get(3)))).isEmpty();
    }

    @Test
    void aScaleOutLaunchesFromTheVersionTheGroupUsesWithItsTags() {
        AutoScalingGroup sidekiq = group(SIDEKIQ);

        setDesired(sidekiq, 3);

        String launched = instanceIds(SIDEKIQ).get(2);
        TaggedEc2Instance tagged = tagged(launched);
        assertThat(tagged.launchTemplateVersion()).contains("1");
        assertThat(tagged.launchTemplateId()).isEqualTo(tagged(instanceIds(SIDEKIQ).get(0)).launchTemplateId());
        assertThat(tagged.tags()).containsEntry(DemoScaling.GROUP_NAME_TAG, sidekiq.name())
                .containsEntry(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG, SIDEKIQ)
                .containsEntry(DemoScaling.LOGICAL_ID_TAG, "ApplicationAsg");
        assertThat(tagged.instance().securityGroups()).extracting(GroupRef::name).containsExactly("shop-prod-app");
        assertThat(group(SIDEKIQ).desiredCapacity()).isEqualTo(3);
    }

    @Test
    void aGroupMovedToANewerVersionLaunchesFromItWhileItsRunningInstancesKeepTheirGroups() {
        AutoScalingGroup sidekiq = group(SIDEKIQ);
        List<String> running = instanceIds(SIDEKIQ);

        DemoTestAccess.useLaunchTemplateVersionBehindTheBack(account, REGION, sidekiq.name(), "2");
        DemoTestAccess.setDesiredCapacityBehindTheBack(account, REGION, sidekiq.name(), 3);

        assertThat(group(SIDEKIQ).launchTemplate().orElseThrow().version()).contains("2");
        assertThat(instanceIds(SIDEKIQ)).startsWith(running.toArray(String[]::new));
        assertThat(instanceVersions(SIDEKIQ)).containsExactly("1", "1", "2");
        assertThat(statuses(SIDEKIQ)).containsExactly(TemplateSyncStatus.MISSING, TemplateSyncStatus.MISSING,
                TemplateSyncStatus.IN_SYNC);
        assertThat(account.describeCloudFormationStacks(REGION)).filteredOn(stack -> stack.name().equals(SIDEKIQ))
                .extracting(CloudFormationStack::status).containsExactly("UPDATE_COMPLETE");
    }

    @Test
    void terminatingWithDecrementLowersTheDesiredCapacityButNeverBelowTheMinimum() {
        List<String> ids = instanceIds(SIDEKIQ);

        terminate(ids.get(0), true);

        assertThat(group(SIDEKIQ).desiredCapacity()).isEqualTo(1);
        assertThat(instanceIds(SIDEKIQ)).containsExactly(ids.get(1));
        assertKind(() -> terminate(ids.get(1), true), CloudException.Kind.INVALID_INPUT);
        assertThat(instanceIds(SIDEKIQ)).containsExactly(ids.get(1));
    }

    @Test
    void terminatingWithoutDecrementLaunchesAReplacementFromTheVersionInUse() {
        List<String> ids = instanceIds(RAILS);

        terminate(ids.get(1), false);

        List<String> after = instanceIds(RAILS);
        assertThat(after).hasSize(4).doesNotContain(ids.get(1));
        TaggedEc2Instance replacement = tagged(after.get(3));
        assertThat(replacement.launchTemplateVersion()).contains("3");
        assertThat(replacement.instance().securityGroups()).extracting(GroupRef::name)
                .contains("shop-prod-metrics-scrape");
        assertThat(group(RAILS).desiredCapacity()).isEqualTo(4);
    }

    @Test
    void aRefreshProgressesWithTheClockAndReplacesTheInstancesWhenItEnds() {
        assertThat(latestRefresh(STAGING).percentageComplete()).hasValue(40);

        clock.advance(Duration.ofMinutes(3));
        assertThat(latestRefresh(STAGING).percentageComplete()).hasValue(70);
        assertThat(instanceVersions(STAGING)).containsOnly("1");

        clock.advance(Duration.ofMinutes(3));
        InstanceRefresh ended = latestRefresh(STAGING);
        assertThat(ended.status()).isEqualTo(InstanceRefreshStatus.SUCCESSFUL);
        assertThat(ended.percentageComplete()).hasValue(100);
        assertThat(instanceVersions(STAGING)).hasSize(3).containsOnly("2");
        assertThat(statuses(STAGING)).containsOnly(TemplateSyncStatus.IN_SYNC);
    }

    @Test
    void aSecondRefreshIsRefusedWhileOneIsActive() {
        AutoScalingGroup staging = group(STAGING);

        assertKind(() -> account.startInstanceRefresh(REGION, staging.name(),
                confirm(Operation.START_INSTANCE_REFRESH, STAGING, staging.name())), CloudException.Kind.CONFLICT);
        assertThat(account.describeInstanceRefreshes(REGION, staging.name())).hasSize(1);
    }

    @Test
    void aSkipMatchingRefreshReplacesOnlyInstancesOfAnotherVersionAndSparesTheProtected() {
        AutoScalingGroup rails = group(RAILS);
        List<String> before = instanceIds(RAILS);

        String refreshId = account.startInstanceRefresh(REGION, rails.name(),
                confirm(Operation.START_INSTANCE_REFRESH, RAILS, rails.name())).requestId();
        assertThat(latestRefresh(RAILS).id()).isEqualTo(refreshId);
        assertThat(latestRefresh(RAILS).status()).isEqualTo(InstanceRefreshStatus.IN_PROGRESS);
        clock.advance(DemoInstanceRefresh.DURATION);

        List<String> after = instanceIds(RAILS);
        assertThat(after).hasSize(4).contains(before.get(0), before.get(3))
                .doesNotContain(before.get(1), before.get(2));
        assertThat(statuses(RAILS)).containsExactlyInAnyOrder(TemplateSyncStatus.MISSING, TemplateSyncStatus.IN_SYNC,
                TemplateSyncStatus.IN_SYNC, TemplateSyncStatus.IN_SYNC);
    }

    @Test
    void cancellingStopsTheActiveRefreshAndIsRefusedWithoutOne() {
        AutoScalingGroup staging = group(STAGING);
        account.cancelInstanceRefresh(REGION, staging.name(),
                confirm(Operation.CANCEL_INSTANCE_REFRESH, STAGING, staging.name()));
        clock.advance(DemoInstanceRefresh.DURATION);

        InstanceRefresh cancelled = latestRefresh(STAGING);
        assertThat(cancelled.status()).isEqualTo(InstanceRefreshStatus.CANCELLED);
        assertThat(cancelled.percentageComplete()).hasValue(40);
        assertThat(instanceVersions(STAGING)).containsOnly("1");
        assertKind(() -> account.cancelInstanceRefresh(REGION, staging.name(),
                confirm(Operation.CANCEL_INSTANCE_REFRESH, STAGING, staging.name())), CloudException.Kind.NOT_FOUND);
    }

    @Test
    void aHotFixTakesOnlyGroupsOfTheInstancesVpc() {
        String instance = instanceIds(SIDEKIQ).get(0);
        String prodMetrics = securityGroupId("vpc-0f1a2b3c4d5e6f701", "shop-prod-metrics-scrape");
        String stagingMetrics = securityGroupId("vpc-0f1a2b3c4d5e6f702", "shop-staging-metrics-scrape");
        Confirmation hotfix = confirm(Operation.HOTFIX_INSTANCE_GROUPS, SIDEKIQ, instance);

        assertKind(() -> account.hotfixInstanceGroups(REGION, instance, List.of(stagingMetrics), hotfix),
                CloudException.Kind.INVALID_INPUT);
        assertKind(() -> account.hotfixInstanceGroups(REGION, instance, List.of(), hotfix),
                CloudException.Kind.INVALID_INPUT);
        account.hotfixInstanceGroups(REGION, instance, List.of(prodMetrics), hotfix);

        assertThat(tagged(instance).instance().securityGroups()).extracting(GroupRef::id).containsExactly(prodMetrics);
    }

    @Test
    void aGroupWithInstancesIsDeletedOnlyWhenForced() {
        AutoScalingGroup sidekiq = group(SIDEKIQ);
        List<String> ids = instanceIds(SIDEKIQ);
        Confirmation delete = confirm(Operation.DELETE_AUTO_SCALING_GROUP, SIDEKIQ, sidekiq.name());

        assertKind(() -> account.deleteAutoScalingGroup(REGION, sidekiq.name(), false, delete),
                CloudException.Kind.CONFLICT);
        assertThat(account.describeAutoScalingGroup(REGION, sidekiq.name())).isPresent();

        account.deleteAutoScalingGroup(REGION, sidekiq.name(), true, delete);

        assertThat(account.describeAutoScalingGroup(REGION, sidekiq.name())).isEmpty();
        assertThat(account.describeTaggedEc2Instances(REGION, ids)).isEmpty();
    }

    @Test
    void deletingACloudFormationStackDeletesItsGroupInstancesAndTemplate() {
        AutoScalingGroup rails = group(RAILS);
        List<String> ids = instanceIds(RAILS);
        String arn = stackArn(RAILS);

        account.deleteCloudFormationStack(REGION, arn, confirm(Operation.DELETE_CLOUDFORMATION_STACK, RAILS, arn));

        assertThat(account.describeCloudFormationStacks(REGION)).extracting(CloudFormationStack::name)
                .doesNotContain(RAILS).contains(SIDEKIQ);
        assertThat(account.describeAutoScalingGroup(REGION, rails.name())).isEmpty();
        assertThat(account.describeTaggedEc2Instances(REGION, ids)).isEmpty();
        assertKind(() -> account.describeLaunchTemplate(REGION, rails.launchTemplate().orElseThrow()),
                CloudException.Kind.NOT_FOUND);
    }

    @Test
    void aConfirmationForAnotherStackIsRefusedAndNothingChanges() {
        AutoScalingGroup staging = group(STAGING);
        Confirmation forProd = new Confirmation("p", stackArn(RAILS), Operation.SET_DESIRED_CAPACITY,
                Set.of(staging.name()), TestClocks.NOW.plusSeconds(60));

        assertThatThrownBy(() -> account.setDesiredCapacity(REGION, staging.name(), 1, forProd))
                .isInstanceOf(UnconfirmedMutationException.class).hasMessageContaining("is in stack");
        assertThat(group(STAGING).desiredCapacity()).isEqualTo(3);
    }

    @Test
    void aGroupNoStackOwnsIsConfirmedByItsOwnArn() {
        String groupArn = account.describeAutoScalingGroup(REGION, "nightly-batch").orElseThrow().arn();
        Confirmation scaleOut = new Confirmation("p", groupArn, Operation.SET_DESIRED_CAPACITY,
                Set.of("nightly-batch"), TestClocks.NOW.plusSeconds(60));

        account.setDesiredCapacity(REGION, "nightly-batch", 2, scaleOut);

        assertThat(groupArn).matches("arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:[0-9a-f-]{36}"
                + ":autoScalingGroupName/nightly-batch");
        assertThat(account.describeAutoScalingGroup(REGION, "nightly-batch").orElseThrow().instances()).hasSize(2);
    }

    @Test
    void anUnknownGroupIsNotFound() {
        assertKind(() -> account.setDesiredCapacity(REGION, "no-such-group", 1,
                new Confirmation("p", "x", Operation.SET_DESIRED_CAPACITY, Set.of("no-such-group"),
                        TestClocks.NOW.plusSeconds(60))), CloudException.Kind.NOT_FOUND);
    }

    @Test
    void readsAndWritesAreCountedAndCanBeFailed() {
        account.faults().failNext(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS, CloudException.Kind.THROTTLED);

        assertKind(() -> account.describeAutoScalingGroups(REGION), CloudException.Kind.THROTTLED);
        setDesired(group(SIDEKIQ), 2);

        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS)).isEqualTo(2);
        assertThat(account.faults().callCount(DemoOperation.SET_DESIRED_CAPACITY)).isEqualTo(1);
    }

    private void setDesired(AutoScalingGroup group, int desiredCapacity) {
        String stack = group.cloudFormationStackName().orElseThrow();
        account.setDesiredCapacity(REGION, group.name(), desiredCapacity,
                confirm(Operation.SET_DESIRED_CAPACITY, stack, group.name()));
    }

    private void terminate(String instanceId, boolean decrement) {
        account.terminateInstanceInGroup(REGION, instanceId, decrement, confirm(Operation.TERMINATE_INSTANCE_IN_GROUP,
                tagged(instanceId).tags().get(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG), instanceId));
    }

    private Confirmation confirm(Operation operation, String cloudFormationStack, String target) {
        return new Confirmation("plan", stackArn(cloudFormationStack), operation, Set.of(target),
                clock.instant().plusSeconds(60));
    }

    private String stackArn(String cloudFormationStack) {
        return account.describeCloudFormationStacks(REGION).stream()
                .filter(stack -> stack.name().equals(cloudFormationStack)).map(CloudFormationStack::id).findFirst()
                .orElseThrow();
    }

    private AutoScalingGroup group(String cloudFormationStack) {
        return account.describeAutoScalingGroups(REGION).stream()
                .filter(g -> g.cloudFormationStackName().equals(Optional.of(cloudFormationStack))).findFirst()
                .orElseThrow();
    }

    private List<String> instanceIds(String cloudFormationStack) {
        return group(cloudFormationStack).instances().stream().map(AutoScalingInstance::instanceId).toList();
    }

    private TaggedEc2Instance tagged(String instanceId) {
        return account.describeTaggedEc2Instances(REGION, List.of(instanceId)).get(0);
    }

    private List<String> instanceVersions(String cloudFormationStack) {
        return account.describeTaggedEc2Instances(REGION, instanceIds(cloudFormationStack)).stream()
                .map(instance -> instance.launchTemplateVersion().orElseThrow()).toList();
    }

    private InstanceRefresh latestRefresh(String cloudFormationStack) {
        return account.describeInstanceRefreshes(REGION, group(cloudFormationStack).name()).stream()
                .max(Comparator.comparing(refresh -> refresh.startTime().orElseThrow())).orElseThrow();
    }

    private List<TemplateSyncStatus> statuses(String cloudFormationStack) {
        return new ScalingGroupFactsReader(account.scalingGroups()).read(REGION).stream()
                .map(ScalingGroupDriftAnalyzer::analyze)
                .filter(drift -> drift.group().cloudFormationStackName().equals(Optional.of(cloudFormationStack)))
                .flatMap(drift -> drift.instances().stream()).map(instance -> instance.status()).toList();
    }

    private String securityGroupId(String vpcId, String name) {
        return account.describeSecurityGroups(REGION, vpcId).stream().filter(group -> group.name().equals(name))
                .map(SecurityGroup::id).findFirst().orElseThrow();
    }

    private static void assertKind(Runnable call, CloudException.Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
