package safetyconsole.cloud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestClocks;

/**
 * The demo's two stories of instances gone from groups (issue 17), told as AWS records them: the group's scaling
 * activities with their causes, the person's Auto Scaling or CloudFormation call, and EC2's terminate by Auto
 * Scaling's service-linked role. Played again on a later date by {@code .ci/run}.
 */
class DemoScalingChainStoriesTest {

    private static final String REGION = DemoMigratedSeed.REGION;
    private static final String RAILS = "shop-prod-rails-app-3f2a9c";
    private static final String SIDEKIQ = "shop-prod-sidekiq-3f2a9c";
    private static final String AWS_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private final MutableClock clock = TestClocks.mutable();
    private final DemoAccount account = DemoAccount.seeded(clock);

    @Test
    void bobsDesiredCapacityOf2TookTwoInstancesFromTheProductionGroup() {
        List<String> gone = goneSinceTheEarlierVisit(RAILS);
        List<ScalingActivity> terminations = terminations(RAILS);

        assertThat(gone).hasSize(2);
        assertThat(terminations).filteredOn(activity -> gone.stream().anyMatch(activity.description()::endsWith))
                .hasSize(2).allSatisfy(activity -> assertThat(activity.cause()).matches("At " + AWS_TIME
                        + " a user request explicitly set group desired capacity changing the desired capacity from 4"
                        + " to 2\\.  At " + AWS_TIME + " an instance was taken out of service in response to a"
                        + " difference between desired and actual capacity, shrinking the capacity from 4 to 2\\."));

        TrailEvent bobs = onlyEvent("SetDesiredCapacity", "bob");
        assertThat(bobs.principalArn()).isEqualTo("arn:aws:iam::123456789012:user/bob");
        assertThat(bobs.sourceIp()).isEqualTo("198.51.100.23");
        assertThat(bobs.mfaAuthenticated()).isTrue();
        assertThat(bobs.invokedBy()).isNull();
        assertThat(bobs.requestParameters()).containsEntry("autoScalingGroupName", group(RAILS).name())
                .containsEntry("desiredCapacity", "2");
        for (String instance : gone) {
            TrailEvent terminate = serviceLinkedTerminate(instance);
            assertThat(Duration.between(bobs.eventTime(), terminate.eventTime())).isEqualTo(Duration.ofSeconds(40));
        }
    }

    @Test
    void carolsStackUpdateReplacedTheSidekiqInstancesThroughCloudFormationAtTheSameCapacity() {
        List<String> gone = goneSinceTheEarlierVisit(SIDEKIQ);
        Map<String, List<String>> before = account.groupInstancesAtEarlierVisit().get(stackArn(SIDEKIQ));

        assertThat(gone).hasSize(2).containsExactlyElementsOf(before.get(group(SIDEKIQ).name()));
        assertThat(group(SIDEKIQ).instances()).hasSize(2);
        assertThat(group(SIDEKIQ).desiredCapacity()).isEqualTo(2);
        assertThat(terminations(SIDEKIQ))
                .filteredOn(activity -> gone.stream().anyMatch(activity.description()::endsWith))
                .hasSize(2).allSatisfy(activity -> assertThat(activity.cause()).matches("At " + AWS_TIME
                        + " an instance was taken out of service in response to a user request\\."));

        TrailEvent update = onlyEvent("UpdateStack", "carol");
        assertThat(update.eventSource()).isEqualTo("cloudformation.amazonaws.com");
        assertThat(update.requestParameters()).containsEntry("stackName", SIDEKIQ);
        List<TrailEvent> cloudFormationCalls = events("TerminateInstanceInAutoScalingGroup").stream()
                .filter(event -> "carol".equals(event.userName())).toList();
        assertThat(cloudFormationCalls).hasSize(2).allSatisfy(call -> {
            assertThat(call.invokedBy()).isEqualTo("cloudformation.amazonaws.com");
            assertThat(call.principalArn()).isEqualTo("arn:aws:iam::123456789012:user/carol");
            assertThat(call.requestParameters()).containsEntry("shouldDecrementDesiredCapacity", "false");
            assertThat(call.eventTime()).isAfter(update.eventTime());
        });
        assertThat(cloudFormationCalls).extracting(e -> e.requestParameters().get("instanceId"))
                .containsExactlyInAnyOrderElementsOf(gone);
        gone.forEach(this::serviceLinkedTerminate);
    }

    @Test
    void theConsolesOwnChangeOnAGroupLeavesItsCallAndTheActivity() {
        AutoScalingGroup sidekiq = group(SIDEKIQ);
        clock.advance(Duration.ofMinutes(1));

        account.setDesiredCapacity(REGION, sidekiq.name(), 1, new Confirmation("plan", stackArn(SIDEKIQ),
                Operation.SET_DESIRED_CAPACITY, Set.of(sidekiq.name()), clock.instant().plusSeconds(60)));

        TrailEvent call = onlyEvent("SetDesiredCapacity", "demo-operator");
        assertThat(call.principalArn()).isEqualTo(DemoSeed.OPERATOR_ARN);
        assertThat(call.eventTime()).isEqualTo(clock.instant());
        ScalingActivity newest = account.describeScalingActivities(REGION, sidekiq.name()).get(0);
        assertThat(newest.cause()).contains("changing the desired capacity from 2 to 1");
        assertThat(newest.description()).startsWith("Terminating EC2 instance: ");
        serviceLinkedTerminate(newest.description().substring("Terminating EC2 instance: ".length()));
    }

    @Test
    void activitiesStayForSixWeeksAndForDeletedGroupsToo() {
        String railsGroup = group(RAILS).name();
        account.deleteCloudFormationStack(REGION, stackArn(RAILS), new Confirmation("plan", stackArn(RAILS),
                Operation.DELETE_CLOUDFORMATION_STACK, Set.of(stackArn(RAILS)), clock.instant().plusSeconds(60)));

        assertThat(account.describeScalingActivities(REGION, railsGroup)).first()
                .satisfies(activity -> assertThat(activity.cause()).contains("desired: 0"));
        Instant newest = account.describeScalingActivities(REGION, railsGroup).get(0).startTime();
        clock.advance(Duration.between(clock.instant(), newest.plus(DemoActivities.HISTORY)).plusSeconds(1));
        assertThat(account.describeScalingActivities(REGION, railsGroup)).isEmpty();
    }

    private List<String> goneSinceTheEarlierVisit(String cloudFormationStack) {
        List<String> now = group(cloudFormationStack).instances().stream().map(AutoScalingInstance::instanceId)
                .toList();
        return account.groupInstancesAtEarlierVisit().get(stackArn(cloudFormationStack))
                .get(group(cloudFormationStack).name()).stream().filter(id -> !now.contains(id)).toList();
    }

    private List<ScalingActivity> terminations(String cloudFormationStack) {
        return account.describeScalingActivities(REGION, group(cloudFormationStack).name()).stream()
                .filter(activity -> activity.description().startsWith("Terminating EC2 instance: ")).toList();
    }

    private TrailEvent serviceLinkedTerminate(String instanceId) {
        List<TrailEvent> terminates = account.lookupTrailEvents(new TrailQuery(REGION,
                TrailQuery.Attribute.RESOURCE_NAME, instanceId, clock.instant().minus(Duration.ofDays(90)),
                clock.instant())).stream().filter(event -> event.eventName().equals("TerminateInstances")).toList();
        assertThat(terminates).singleElement().satisfies(event -> {
            assertThat(event.invokedBy()).isEqualTo("autoscaling.amazonaws.com");
            assertThat(event.principalArn()).contains("assumed-role/AWSServiceRoleForAutoScaling/");
        });
        return terminates.get(0);
    }

    private TrailEvent onlyEvent(String eventName, String userName) {
        List<TrailEvent> found = events(eventName).stream().filter(e -> userName.equals(e.userName())).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<TrailEvent> events(String eventName) {
        return account.lookupTrailEvents(new TrailQuery(REGION, TrailQuery.Attribute.EVENT_NAME, eventName,
                clock.instant().minus(Duration.ofDays(90)), clock.instant()));
    }

    private AutoScalingGroup group(String cloudFormationStack) {
        return account.describeAutoScalingGroups(REGION).stream()
                .filter(g -> g.cloudFormationStackName().equals(Optional.of(cloudFormationStack)))
                .findFirst().orElseThrow();
    }

    private String stackArn(String cloudFormationStack) {
        return account.describeCloudFormationStacks(REGION).stream()
                .filter(stack -> stack.name().equals(cloudFormationStack)).map(CloudFormationStack::id).findFirst()
                .orElseThrow();
    }
}
