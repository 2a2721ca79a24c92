package safetyconsole.attribution.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static safetyconsole.attribution.scaling.ChainAccount.AUTO_SCALING;
import static safetyconsole.attribution.scaling.ChainAccount.CLOUDFORMATION;
import static safetyconsole.attribution.scaling.ChainAccount.EC2;
import static safetyconsole.attribution.scaling.ChainAccount.GROUP;
import static safetyconsole.attribution.scaling.ChainAccount.REGION;
import static safetyconsole.attribution.scaling.ChainAccount.STACK;
import static safetyconsole.attribution.scaling.ChainAccount.STACK_ROLE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.testing.TestClocks;

class ScalingChainsTest {

    private static final Instant T = TestClocks.NOW.minus(Duration.ofDays(3));
    private static final String I1 = "i-0aaaaaaaaaaaaaaa1";
    private static final String I2 = "i-0aaaaaaaaaaaaaaa2";
    private static final String STACK_ARN = "arn:aws:cloudformation:eu-west-1:111122223333:stack/" + STACK
            + "/5a1e2b40-0000-11ef-8000-0a1b2c3d4e5f";

    private final ChainAccount account = new ChainAccount();
    private final ScalingChains chains = new ScalingChains(account, TestClocks.fixed());

    private static String at(Instant time) {
        return "At " + time + " ";
    }

    private static String desiredCapacitySet(String instanceId) {
        return at(T) + "a user request explicitly set group desired capacity changing the desired capacity from 4"
                + " to 2.  " + at(T.plusSeconds(10)) + "an instance was taken out of service in response to a"
                + " difference between desired and actual capacity, shrinking the capacity from 4 to 2.  "
                + at(T.plusSeconds(10)) + "instance " + instanceId + " was selected for termination.";
    }

    private static String constraintsUpdated() {
        return at(T) + "a user request update of AutoScalingGroup constraints to min: 0, max: 4, desired: 2"
                + " changing the desired capacity from 4 to 2.";
    }

    private ScalingChain explain(String... instanceIds) {
        return chains.explain(REGION, GROUP, Optional.of(STACK), List.of(instanceIds), T.minus(Duration.ofHours(1)),
                T.plus(Duration.ofHours(1)));
    }

    @Test
    void theServiceRolesTerminateLeadsToThePersonsSetDesiredCapacityFortySecondsBefore() {
        account.terminating(I1, T.plusSeconds(10), desiredCapacitySet(I1));
        account.terminating(I2, T.plusSeconds(10), desiredCapacitySet(I2));
        account.person("bob-1", T, AUTO_SCALING, "SetDesiredCapacity", "bob",
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "2", "honorCooldown", "false"));
        account.autoScalingTerminates("ec2-1", T.plusSeconds(40), I1, I2);

        ScalingChain chain = explain(I1, I2);

        assertThat(chain.instances()).hasSize(2).allSatisfy(gone -> {
            assertThat(gone.ec2Event().orElseThrow().eventId()).isEqualTo("ec2-1");
            assertThat(gone.cause().orElseThrow().trigger()).isEqualTo(CauseTrigger.DESIRED_CAPACITY_SET);
            assertThat(gone.fate()).isEqualTo(GoneInstance.Fate.LOST);
            ChainLink bob = gone.responsible().orElseThrow();
            assertThat(bob.event().userName()).isEqualTo("bob");
            assertThat(bob.caller()).isEqualTo(Caller.PERSON);
            assertThat(bob.exact()).isTrue();
            assertThat(bob.matched()).contains(new ChainLink.MatchedValue("desiredCapacity", "2"));
            assertThat(bob.event().sourceIp()).isEqualTo("203.0.113.7");
            assertThat(gone.missing()).isEmpty();
        });
        assertThat(chain.lookups()).as("TerminateInstances and SetDesiredCapacity, shared").isEqualTo(2);
    }

    @Test
    void anUpdateCloudFormationMadeWithThePersonsIdentityNamesThemAndTheirUpdateStack() {
        account.terminating(I1, T.plusSeconds(20), constraintsUpdated());
        account.person("carol-stack", T.minusSeconds(300), CLOUDFORMATION, "UpdateStack", "carol",
                Map.of("stackName", STACK));
        account.byCloudFormation("cfn-1", T, "UpdateAutoScalingGroup", "arn:aws:iam::111122223333:user/carol",
                Map.of("autoScalingGroupName", GROUP, "minSize", "0", "maxSize", "4", "desiredCapacity", "2"));
        account.autoScalingTerminates("ec2-1", T.plusSeconds(30), I1);

        GoneInstance gone = explain(I1).instances().get(0);

        ChainLink call = gone.hop(ChainStep.AUTO_SCALING_CALL).orElseThrow().best().orElseThrow();
        assertThat(call.caller()).isEqualTo(Caller.PERSON_THROUGH_CLOUDFORMATION);
        assertThat(call.exact()).isTrue();
        assertThat(call.matched()).extracting(ChainLink.MatchedValue::parameter)
                .contains("desiredCapacity", "minSize", "maxSize");
        assertThat(gone.hop(ChainStep.STACK_OPERATION).orElseThrow().best().orElseThrow().event().eventId())
                .isEqualTo("carol-stack");
        assertThat(gone.responsible().orElseThrow().event().eventId()).isEqualTo("carol-stack");
    }

    @Test
    void theStacksServiceRoleIsSaidAsSuchAndThePersonsUpdateStackNamesThem() {
        account.terminating(I1, T.plusSeconds(20), constraintsUpdated());
        account.person("carol-stack", T.minusSeconds(600), CLOUDFORMATION, "UpdateStack", "carol",
                Map.of("stackName", STACK_ARN));
        account.person("dave-other", T.minusSeconds(60), CLOUDFORMATION, "UpdateStack", "dave",
                Map.of("stackName", "shop-staging-rails-app-7b1e02"));
        account.byCloudFormation("cfn-1", T, "UpdateAutoScalingGroup", STACK_ROLE,
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "2"));
        account.autoScalingTerminates("ec2-1", T.plusSeconds(30), I1);

        GoneInstance gone = explain(I1).instances().get(0);

        assertThat(gone.hop(ChainStep.AUTO_SCALING_CALL).orElseThrow().best().orElseThrow().caller())
                .isEqualTo(Caller.STACK_SERVICE_ROLE);
        assertThat(gone.hop(ChainStep.STACK_OPERATION).orElseThrow().candidates())
                .extracting(l -> l.event().eventId()).containsExactly("carol-stack");
        assertThat(gone.responsible().orElseThrow().event().userName()).isEqualTo("carol");
    }

    @Test
    void anExecuteChangeSetCarriesTheCreateChangeSetThatMadeIt() {
        account.terminating(I1, T.plusSeconds(20), constraintsUpdated());
        account.person("erin-create", T.minus(Duration.ofDays(2)), CLOUDFORMATION, "CreateChangeSet", "erin",
                Map.of("stackName", STACK, "changeSetName", "shrink-prod"));
        account.person("dave-execute", T.minusSeconds(120), CLOUDFORMATION, "ExecuteChangeSet", "dave",
                Map.of("stackName", STACK, "changeSetName", "arn:aws:cloudformation:eu-west-1:111122223333:"
                        + "changeSet/shrink-prod/0c8e2b7a-1111-4222-8333-944455556666"));
        account.byCloudFormation("cfn-1", T, "UpdateAutoScalingGroup", STACK_ROLE,
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "2"));

        GoneInstance gone = explain(I1).instances().get(0);

        ChainLink execute = gone.responsible().orElseThrow();
        assertThat(execute.event().eventId()).isEqualTo("dave-execute");
        assertThat(execute.changeSetCreation().orElseThrow().eventId()).isEqualTo("erin-create");
    }

    @Test
    void aPersonsDirectTerminateIsFoundForTheHealthCheckCauseAndTheInstanceWasReplaced() {
        account.terminating(I1, T.plusSeconds(90), at(T.plusSeconds(90)) + "an instance was taken out of service"
                + " in response to an EC2 health check indicating it has been terminated or stopped.");
        account.person("frank-1", T, EC2, "TerminateInstances", "frank", Map.of(), I1);

        GoneInstance gone = explain(I1).instances().get(0);

        assertThat(gone.hop(ChainStep.DIRECT_EC2_CALL).orElseThrow().best().orElseThrow().event().userName())
                .isEqualTo("frank");
        assertThat(gone.ec2Event().orElseThrow().eventId()).isEqualTo("frank-1");
        assertThat(gone.fate()).isEqualTo(GoneInstance.Fate.REPLACED);
        assertThat(gone.onItsOwn()).isEmpty();
    }

    @Test
    void twoCandidatesAreBothListedTheMatchingNumbersFirst() {
        account.terminating(I1, T.plusSeconds(10), desiredCapacitySet(I1));
        account.person("alice-3", T.minusSeconds(5), AUTO_SCALING, "SetDesiredCapacity", "alice",
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "3"));
        account.person("bob-2", T.minusSeconds(100), AUTO_SCALING, "SetDesiredCapacity", "bob",
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "2"));
        account.person("other-group", T, AUTO_SCALING, "SetDesiredCapacity", "bob",
                Map.of("autoScalingGroupName", "shop-staging-rails-app-Asg-9Q", "desiredCapacity", "2"));

        ChainHop hop = explain(I1).instances().get(0).hop(ChainStep.AUTO_SCALING_CALL).orElseThrow();

        assertThat(hop.candidates()).extracting(l -> l.event().eventId() + " " + l.exact())
                .containsExactly("bob-2 true", "alice-3 false");
    }

    @Test
    void aCallOutsideItsWindowIsAMissingLinkNotAGuess() {
        account.terminating(I1, T.plusSeconds(10), desiredCapacitySet(I1));
        account.person("bob-early", T.minus(Duration.ofMinutes(20)), AUTO_SCALING, "SetDesiredCapacity", "bob",
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "2"));

        GoneInstance gone = explain(I1).instances().get(0);

        assertThat(gone.hop(ChainStep.AUTO_SCALING_CALL)).isEmpty();
        assertThat(gone.responsible()).isEmpty();
        assertThat(gone.missing()).extracting(MissingLink::step, MissingLink::reason).contains(
                tuple(ChainStep.AUTO_SCALING_CALL, MissingLink.Reason.NOT_FOUND),
                tuple(ChainStep.EC2_EVENT, MissingLink.Reason.NOT_FOUND));
    }

    @Test
    void linksOlderThanTheHistoriesAreNamedWithTheirReasonAndCostNoLookup() {
        Instant longAgo = TestClocks.NOW.minus(Duration.ofDays(120));

        GoneInstance gone = chains.explain(REGION, GROUP, Optional.of(STACK), List.of(I1), longAgo,
                longAgo.plus(Duration.ofDays(10))).instances().get(0);

        assertThat(gone.missing()).extracting(MissingLink::step, MissingLink::reason).containsExactly(
                tuple(ChainStep.SCALING_ACTIVITY,
                        MissingLink.Reason.OLDER_THAN_ACTIVITY_HISTORY),
                tuple(ChainStep.EC2_EVENT, MissingLink.Reason.OLDER_THAN_TRAIL_HISTORY));
        assertThat(account.queries).isEmpty();
    }

    @Test
    void aRefusedLookupIsNoPermissionForEveryInstanceAndOnceForTheGroup() {
        account.terminating(I1, T.plusSeconds(10), desiredCapacitySet(I1));
        account.terminating(I2, T.plusSeconds(10), desiredCapacitySet(I2));
        account.refusedLookups.put("SetDesiredCapacity", CloudException.accessDenied("cloudtrail:LookupEvents",
                "no", null));

        ScalingChain chain = explain(I1, I2);

        assertThat(chain.instances()).allSatisfy(gone -> assertThat(gone.missing())
                .anySatisfy(m -> {
                    assertThat(m.step()).isEqualTo(ChainStep.AUTO_SCALING_CALL);
                    assertThat(m.reason()).isEqualTo(MissingLink.Reason.NO_PERMISSION);
                }));
        assertThat(chain.unchecked()).singleElement().satisfies(m -> assertThat(m.failure()).isPresent());
    }

    @Test
    void anActivityOfAnotherInstanceWhoseIdStartsTheSameIsNotThisOnes() {
        account.terminating("i-0aaaaaaa0000000001", T, desiredCapacitySet("i-0aaaaaaa0000000001"));

        GoneInstance gone = explain("i-0aaaaaaa").instances().get(0);

        assertThat(gone.activity()).isEmpty();
        assertThat(gone.missing()).extracting(MissingLink::step).contains(ChainStep.SCALING_ACTIVITY);
    }

    @Test
    void anUnreadableActivityHistoryLeavesTheRestLookedUp() {
        account.refusedActivities = Optional.of(CloudException.accessDenied("autoscaling:DescribeScalingActivities",
                "no", null));
        account.autoScalingTerminates("ec2-1", T, I1);

        GoneInstance gone = explain(I1).instances().get(0);

        assertThat(gone.ec2Event()).isPresent();
        assertThat(gone.missing()).singleElement().satisfies(m -> {
            assertThat(m.step()).isEqualTo(ChainStep.SCALING_ACTIVITY);
            assertThat(m.reason()).isEqualTo(MissingLink.Reason.NO_PERMISSION);
        });
        assertThat(gone.fate()).isEqualTo(GoneInstance.Fate.LOST);
    }

    @Test
    void anInstanceRefreshIsAReplacementWithItsStart() {
        account.terminating(I1, T.plus(Duration.ofHours(3)), at(T.plus(Duration.ofHours(3))) + "an instance was"
                + " taken out of service in response to an instance refresh.  " + at(T.plus(Duration.ofHours(3)))
                + "instance " + I1 + " was selected for termination.");
        account.person("gina-refresh", T, AUTO_SCALING, "StartInstanceRefresh", "gina",
                Map.of("autoScalingGroupName", GROUP));

        GoneInstance gone = chains.explain(REGION, GROUP, Optional.of(STACK), List.of(I1), T,
                T.plus(Duration.ofHours(4))).instances().get(0);

        assertThat(gone.fate()).isEqualTo(GoneInstance.Fate.REPLACED);
        assertThat(gone.responsible().orElseThrow().event().eventId()).isEqualTo("gina-refresh");
    }

    @Test
    void aScalingPolicyIsAutoScalingOnItsOwnWithWhoLastChangedThePolicy() {
        account.terminating(I1, T, at(T) + "a monitor alarm cpu-low in state ALARM triggered policy scale-in"
                + " changing the desired capacity from 4 to 3.");
        account.person("hank-policy", T.minus(Duration.ofDays(20)), AUTO_SCALING, "PutScalingPolicy", "hank",
                Map.of("autoScalingGroupName", GROUP, "policyName", "scale-in"));

        GoneInstance gone = explain(I1).instances().get(0);

        assertThat(gone.onItsOwn()).contains(GoneInstance.OnItsOwn.SCALING_POLICY);
        assertThat(gone.hop(ChainStep.POLICY_OR_ALARM_CHANGE).orElseThrow().best().orElseThrow().event().eventId())
                .isEqualTo("hank-policy");
        assertThat(gone.fate()).isEqualTo(GoneInstance.Fate.LOST);
    }

    @Test
    void aFailedHealthCheckIsAReplacementByAutoScalingAndLooksForNoCall() {
        account.terminating(I1, T, at(T) + "an instance was taken out of service in response to an ELB system"
                + " health check failure.");

        GoneInstance gone = explain(I1).instances().get(0);

        assertThat(gone.onItsOwn()).contains(GoneInstance.OnItsOwn.HEALTH_REPLACEMENT);
        assertThat(gone.fate()).isEqualTo(GoneInstance.Fate.REPLACED);
        assertThat(gone.hops()).isEmpty();
    }

    @Test
    void fiftyInstancesOfOneScaleInCostTwoLookups() {
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> String.format(Locale.ROOT,
                "i-0b%015d", i)).collect(Collectors.toList());
        ids.forEach(id -> account.terminating(id, T.plusSeconds(10), desiredCapacitySet(id)));
        ids.forEach(id -> account.autoScalingTerminates("ec2-" + id, T.plusSeconds(40), id));
        account.person("bob-1", T, AUTO_SCALING, "SetDesiredCapacity", "bob",
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "2"));

        ScalingChain chain = explain(ids.toArray(String[]::new));

        assertThat(chain.instances()).allSatisfy(g -> assertThat(g.responsible().orElseThrow().event().eventId())
                .isEqualTo("bob-1"));
        assertThat(account.queries).extracting(TrailQuery::value)
                .containsExactly("TerminateInstances", "SetDesiredCapacity");
        assertThat(chain.lookups()).isEqualTo(2);
    }
}
