package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.attribution.scaling.Caller;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.ScalingChain;
import safetyconsole.attribution.scaling.ScalingChains;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.json.Json;
import safetyconsole.testing.TestClocks;

/**
 * The scaling chain end to end through the real SDK on loopback: moto holds the group and scales it in; the peer
 * answers what moto lacks (DescribeScalingActivities, CloudTrail's LookupEvents) from records shaped as AWS
 * writes them.
 */
class AwsScalingChainTest {

    private static final String REGION = MigratedStacksWorld.REGION;
    private static final Instant T = TestClocks.NOW.minus(Duration.ofDays(2));
    private static final int CLOUDTRAIL_PAGE = 50;

    @TempDir
    Path home;
    private MigratedStacksWorld world;
    private final LocalScalingActivities activities = new LocalScalingActivities();

    @BeforeEach
    void start() {
        world = new MigratedStacksWorld();
        activities.serveOn(world.peer);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void bobsLoweredDesiredCapacityIsNamedForEveryInstanceItRemoved() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        List<String> gone = scaleIn(prod.groupName(), 0);
        serveTrail(records(prod.groupName(), gone));

        ScalingChain chain = new ScalingChains(world.pacedAccount(home), TestClocks.fixed()).explain(REGION,
                prod.groupName(), Optional.of(prod.stackName()), gone, T.minus(Duration.ofHours(1)),
                T.plus(Duration.ofHours(1)));

        assertThat(chain.instances()).hasSize(2).allSatisfy(instance -> {
            assertThat(instance.fate()).isEqualTo(GoneInstance.Fate.LOST);
            assertThat(instance.ec2Event().orElseThrow().principalArn()).contains("AWSServiceRoleForAutoScaling");
            var bob = instance.responsible().orElseThrow();
            assertThat(bob.event().principalArn()).isEqualTo("arn:aws:iam::123456789012:user/bob");
            assertThat(bob.event().mfaAuthenticated()).isTrue();
            assertThat(bob.caller()).isEqualTo(Caller.PERSON);
            assertThat(bob.exact()).isTrue();
            assertThat(instance.missing()).isEmpty();
        });
        assertThat(world.peer.requests("DescribeScalingActivities")).singleElement().satisfies(r -> {
            assertThat(r.body().path("MaxRecords").asText()).isEqualTo("100");
            assertThat(r.body().path("IncludeDeletedGroups").asText()).isEqualTo("true");
        });
        assertThat(world.peer.requests("LookupEvents")).hasSize(2);
    }

    @Test
    void aDetachNamesItsInstancesInAnArrayAndIsFoundByThem() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        String detached = world.instancesOf(prod.groupName()).get(0);
        world.autoScaling.detachInstances(r -> r.autoScalingGroupName(prod.groupName()).instanceIds(detached)
                .shouldDecrementDesiredCapacity(true));
        activities.add(new ScalingActivity("act-detach", prod.groupName(), "Detaching EC2 instance: " + detached,
                "At " + T + " instance " + detached + " was detached in response to a user request, shrinking the"
                        + " capacity from 2 to 1.", T, Optional.of(T.plusSeconds(5)), "Successful"));
        ObjectNode parameters = Json.mapper().createObjectNode().put("autoScalingGroupName", prod.groupName())
                .put("shouldDecrementDesiredCapacity", true);
        parameters.putArray("instanceIds").add(detached);
        serveTrail(new ScalingTrailRecords().personCalls("dora-1", T.minusSeconds(2), REGION, "dora",
                "DetachInstances", parameters));

        GoneInstance gone = new ScalingChains(world.pacedAccount(home), TestClocks.fixed()).explain(REGION,
                prod.groupName(), Optional.of(prod.stackName()), List.of(detached), T.minus(Duration.ofHours(1)),
                T.plus(Duration.ofHours(1))).instances().get(0);

        assertThat(gone.fate()).isEqualTo(GoneInstance.Fate.DETACHED);
        assertThat(gone.responsible().orElseThrow().event().userName()).isEqualTo("dora");
        assertThat(gone.responsible().orElseThrow().exact()).as("the instance matched in the array").isTrue();
        assertThat(gone.missing()).isEmpty();
    }

    @Test
    void aStacksServiceRoleLeadsToThePersonsUpdateStack() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        List<String> gone = scaleIn(prod.groupName(), 0);
        ObjectNode parameters = Json.mapper().createObjectNode().put("autoScalingGroupName", prod.groupName())
                .put("desiredCapacity", 0);
        ScalingTrailRecords records = new ScalingTrailRecords()
                .personOperatesStack("carol-1", T.minusSeconds(300), REGION, "carol", "UpdateStack", prod.stackId())
                .stackRoleCalls("cfn-1", T, REGION, "SetDesiredCapacity", parameters);
        gone.forEach(id -> records.autoScalingTerminates("terminate-" + id, T.plusSeconds(40), REGION, id));
        serveTrail(records);

        ScalingChain chain = new ScalingChains(world.pacedAccount(home), TestClocks.fixed()).explain(REGION,
                prod.groupName(), Optional.of(prod.stackName()), gone, T.minus(Duration.ofHours(1)),
                T.plus(Duration.ofHours(1)));

        assertThat(chain.instances()).allSatisfy(instance -> {
            assertThat(instance.hops()).extracting(hop -> hop.best().orElseThrow().caller())
                    .containsExactly(Caller.STACK_SERVICE_ROLE, Caller.PERSON);
            assertThat(instance.responsible().orElseThrow().event().eventId()).isEqualTo("carol-1");
        });
        assertThat(chain.lookups()).isEqualTo(3);
    }

    @Test
    void activitiesComeInPagesOfAHundredDeletedGroupsIncluded() {
        String group = "shop-prod-gone-Asg-1";
        for (int i = 0; i < 250; i++) {
            activities.add(new ScalingActivity("act-" + i, group, "Launching a new EC2 instance: i-0" + i,
                    "At " + T + " an instance was started.", T.plusSeconds(i), Optional.empty(), "Successful"));
        }
        activities.deleteGroup(group);

        List<ScalingActivity> read = world.account(home).scalingGroups().describeScalingActivities(REGION, group);

        assertThat(read).hasSize(250);
        assertThat(read.get(0).activityId()).isEqualTo("act-249");
        assertThat(read.get(249).endTime()).isEmpty();
        assertThat(world.peer.requests("DescribeScalingActivities")).hasSize(3);
    }

    @Test
    void lookupsAboveTwoASecondAreThrottledAndThePacedAdapterStaysUnder() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        LocalCloudTrail trail = serveTrail(records(prod.groupName(), List.of("i-0000000000000001")))
                .throttleAbove(2);
        TrailQuery query = new TrailQuery(REGION, TrailQuery.Attribute.EVENT_NAME, "SetDesiredCapacity",
                T.minus(Duration.ofDays(1)), T);

        AwsAccount paced = world.pacedAccount(home);
        for (int i = 0; i < 5; i++) {
            assertThat(paced.lookupTrailEvents(query)).hasSize(1);
        }
        assertThat(trail.throttledRequests()).isZero();

        AwsAccount unpaced = world.account(home);
        List<CloudException.Kind> failures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            try {
                unpaced.lookupTrailEvents(query);
            } catch (CloudException e) {
                failures.add(e.kind());
            }
        }
        assertThat(trail.throttledRequests()).isPositive();
        assertThat(failures).allMatch(kind -> kind == CloudException.Kind.THROTTLED);
    }

    /** The line in docs/benchmarks.md: what a 50-instance scale-in costs in CloudTrail requests, pages included. */
    @Test
    void aFiftyInstanceScaleInCostsTwoLookupRequests() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        world.autoScaling.updateAutoScalingGroup(r -> r.autoScalingGroupName(prod.groupName()).maxSize(50)
                .desiredCapacity(50));
        List<String> gone = scaleIn(prod.groupName(), 0);
        serveTrail(records(prod.groupName(), gone));

        ScalingChain chain = new ScalingChains(world.pacedAccount(home), TestClocks.fixed()).explain(REGION,
                prod.groupName(), Optional.of(prod.stackName()), gone, T.minus(Duration.ofHours(1)),
                T.plus(Duration.ofHours(1)));

        assertThat(gone).hasSize(50);
        assertThat(chain.instances()).allSatisfy(i -> assertThat(i.responsible()).isPresent());
        assertThat(chain.lookups()).isEqualTo(2);
        assertThat(world.peer.requests("LookupEvents")).hasSize(2);
        assertThat(world.peer.requests("DescribeScalingActivities")).hasSize(1);
    }

    /** Moto scales the group in; Auto Scaling's activities for it are scripted as AWS writes them. */
    private List<String> scaleIn(String group, int to) {
        List<String> before = world.instancesOf(group);
        world.autoScaling.setDesiredCapacity(r -> r.autoScalingGroupName(group).desiredCapacity(to));
        List<String> gone = before.stream().filter(id -> !world.instancesOf(group).contains(id)).toList();
        for (String id : gone) {
            activities.add(new ScalingActivity("act-" + id, group, "Terminating EC2 instance: " + id,
                    "At " + T + " a user request explicitly set group desired capacity changing the desired"
                            + " capacity from " + before.size() + " to " + to + ".  At " + T.plusSeconds(10)
                            + " an instance was taken out of service in response to a difference between desired"
                            + " and actual capacity, shrinking the capacity from " + before.size() + " to " + to
                            + ".  At " + T.plusSeconds(10) + " instance " + id + " was selected for termination.",
                    T.plusSeconds(10), Optional.of(T.plusSeconds(70)), "Successful"));
        }
        return gone;
    }

    /** Bob's SetDesiredCapacity, then Auto Scaling's TerminateInstances of each instance 40 s later. */
    private static ScalingTrailRecords records(String group, List<String> gone) {
        ObjectNode parameters = Json.mapper().createObjectNode().put("autoScalingGroupName", group)
                .put("desiredCapacity", 0).put("honorCooldown", false);
        ScalingTrailRecords records = new ScalingTrailRecords().personCalls("bob-1", T, REGION, "bob",
                "SetDesiredCapacity", parameters);
        gone.forEach(id -> records.autoScalingTerminates("terminate-" + id, T.plusSeconds(40), REGION, id));
        return records;
    }

    private LocalCloudTrail serveTrail(ScalingTrailRecords records) {
        LocalCloudTrail trail = new LocalCloudTrail(List.of(records.output()), CLOUDTRAIL_PAGE);
        trail.serveOn(world.peer);
        return trail;
    }
}
