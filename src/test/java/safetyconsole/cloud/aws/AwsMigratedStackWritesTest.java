package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static safetyconsole.cloud.aws.MigratedStacksWorld.confirmation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.UnconfirmedMutationException;

/**
 * The seven changes on migrated stacks through the real SDK on loopback: each reaches AWS only with a confirmation
 * for the stack its target belongs to now (the CloudFormation stack holding the group, else the group), and sends
 * what it promises. moto plays EC2, Auto Scaling and CloudFormation; the peer what moto lacks.
 */
class AwsMigratedStackWritesTest {

    private static final String REGION = MigratedStacksWorld.REGION;

    @TempDir
    Path home;
    private MigratedStacksWorld world;
    private AwsAccount account;
    private MigratedStacksWorld.MigratedStack prod;
    private MigratedStacksWorld.MigratedStack staging;

    @BeforeEach
    void start() {
        world = new MigratedStacksWorld();
        account = world.account(home);
        prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        staging = world.layerStack("shop-staging-rails-app-7b1e02", "1");
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void theDesiredCapacityChangesWhenConfirmedForTheStackHoldingTheGroup() {
        var result = account.setDesiredCapacity(REGION, prod.groupName(), 3,
                confirmation(prod.stackId(), Operation.SET_DESIRED_CAPACITY, prod.groupName()));

        assertThat(world.desiredCapacityOf(prod.groupName())).isEqualTo(3);
        assertThat(world.peer.requests("DescribeStackResources")).last().satisfies(request ->
                assertThat(request.body().path("PhysicalResourceId").asText()).isEqualTo(prod.groupName()));
        assertThat(world.peer.requests("SetDesiredCapacity")).singleElement().satisfies(request -> {
            assertThat(request.body().path("DesiredCapacity").asText()).isEqualTo("3");
            assertThat(request.body().path("HonorCooldown").asText()).isEqualTo("false");
        });
        assertThat(result.requestId()).isNotBlank();
    }

    @Test
    void shopStagingsConfirmationDoesNotScaleInShopProd() {
        assertThatThrownBy(() -> account.setDesiredCapacity(REGION, prod.groupName(), 0,
                confirmation(staging.stackId(), Operation.SET_DESIRED_CAPACITY, prod.groupName())))
                .isInstanceOf(UnconfirmedMutationException.class)
                .hasMessageContaining(prod.stackId());

        assertThat(world.peer.requests("SetDesiredCapacity")).isEmpty();
        assertThat(world.desiredCapacityOf(prod.groupName())).isEqualTo(2);
    }

    @Test
    void aGroupTaggedByCloudFormationBelongsToTheStackItsTagNames() {
        world.autoScaling.createOrUpdateTags(r -> r.tags(t -> t.resourceId(staging.groupName())
                .resourceType("auto-scaling-group").key("aws:cloudformation:stack-id").value(staging.stackId())
                .propagateAtLaunch(true)));

        account.setDesiredCapacity(REGION, staging.groupName(), 1,
                confirmation(staging.stackId(), Operation.SET_DESIRED_CAPACITY, staging.groupName()));

        assertThat(world.desiredCapacityOf(staging.groupName())).isEqualTo(1);
        assertThat(world.peer.requests("DescribeStackResources")).as("the tag is enough").isEmpty();
    }

    @Test
    void aGroupNoStackHoldsIsItsOwnStack() {
        String lone = world.groupOnItsOwn("reporting-workers");

        assertThatThrownBy(() -> account.setDesiredCapacity(REGION, lone, 0,
                confirmation(prod.stackId(), Operation.SET_DESIRED_CAPACITY, lone)))
                .isInstanceOf(UnconfirmedMutationException.class);
        account.setDesiredCapacity(REGION, lone, 0,
                confirmation(world.arnOf(lone), Operation.SET_DESIRED_CAPACITY, lone));

        assertThat(world.desiredCapacityOf(lone)).isZero();
        assertThat(world.peer.requests("SetDesiredCapacity")).hasSize(1);
    }

    @Test
    void aGroupThatIsGoneIsNotFoundAndNothingIsSent() {
        assertThatThrownBy(() -> account.setDesiredCapacity(REGION, "shop-prod-gone", 0,
                confirmation(prod.stackId(), Operation.SET_DESIRED_CAPACITY, "shop-prod-gone")))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
        assertThat(world.peer.requests("SetDesiredCapacity")).isEmpty();
    }

    @Test
    void anInstanceIsTerminatedInItsGroupWhenConfirmedForItsGroupsStack() {
        String instance = world.instancesOf(prod.groupName()).get(0);

        assertThatThrownBy(() -> account.terminateInstanceInGroup(REGION, instance, true,
                confirmation(staging.stackId(), Operation.TERMINATE_INSTANCE_IN_GROUP, instance)))
                .isInstanceOf(UnconfirmedMutationException.class);
        assertThat(world.peer.requests("TerminateInstanceInAutoScalingGroup")).isEmpty();

        account.terminateInstanceInGroup(REGION, instance, true,
                confirmation(prod.stackId(), Operation.TERMINATE_INSTANCE_IN_GROUP, instance));

        assertThat(world.instancesOf(prod.groupName())).doesNotContain(instance).hasSize(1);
        assertThat(world.desiredCapacityOf(prod.groupName())).isEqualTo(1);
        assertThat(world.peer.requests("TerminateInstanceInAutoScalingGroup")).singleElement().satisfies(request ->
                assertThat(request.body().path("ShouldDecrementDesiredCapacity").asText()).isEqualTo("true"));
    }

    @Test
    void anInstanceInNoGroupIsNotFound() {
        assertThatThrownBy(() -> account.terminateInstanceInGroup(REGION, "i-0000000000000dead", false,
                confirmation(prod.stackId(), Operation.TERMINATE_INSTANCE_IN_GROUP, "i-0000000000000dead")))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
        assertThat(world.peer.requests("TerminateInstanceInAutoScalingGroup")).isEmpty();
    }

    @Test
    void aHotfixReplacesAnInstancesGroupsOnlyWhenConfirmedForItsGroupsStack() {
        String instance = world.instancesOf(prod.groupName()).get(0);
        List<String> fixed = List.of(world.app, world.monitoring);

        assertThatThrownBy(() -> account.hotfixInstanceGroups(REGION, instance, fixed,
                confirmation(staging.stackId(), Operation.HOTFIX_INSTANCE_GROUPS, instance)))
                .isInstanceOf(UnconfirmedMutationException.class);
        assertThat(world.securityGroupsOf(instance)).containsExactly(world.app);

        account.hotfixInstanceGroups(REGION, instance, fixed,
                confirmation(prod.stackId(), Operation.HOTFIX_INSTANCE_GROUPS, instance));

        assertThat(world.securityGroupsOf(instance)).containsExactlyInAnyOrderElementsOf(fixed);
    }

    @Test
    void aGroupWithInstancesIsDeletedOnlyWithForceDelete() {
        var confirmed = confirmation(prod.stackId(), Operation.DELETE_AUTO_SCALING_GROUP, prod.groupName());

        assertThatThrownBy(() -> account.deleteAutoScalingGroup(REGION, prod.groupName(), false, confirmed))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT));
        assertThat(world.peer.requests("DeleteAutoScalingGroup")).isEmpty();
        assertThat(account.scalingGroups().describeAutoScalingGroup(REGION, prod.groupName())).isPresent();

        account.deleteAutoScalingGroup(REGION, prod.groupName(), true, confirmed);

        assertThat(account.scalingGroups().describeAutoScalingGroup(REGION, prod.groupName())).isEmpty();
        assertThat(world.peer.requests("DeleteAutoScalingGroup")).singleElement().satisfies(request ->
                assertThat(request.body().path("ForceDelete").asText()).isEqualTo("true"));
    }

    @Test
    void aCloudFormationStackIsDeletedByItsArnWhenConfirmedForItself() {
        assertThatThrownBy(() -> account.deleteCloudFormationStack(REGION, prod.stackId(),
                confirmation(staging.stackId(), Operation.DELETE_CLOUDFORMATION_STACK, prod.stackId())))
                .isInstanceOf(UnconfirmedMutationException.class);
        assertThat(world.peer.requests("DeleteStack")).isEmpty();

        account.deleteCloudFormationStack(REGION, prod.stackId(),
                confirmation(prod.stackId(), Operation.DELETE_CLOUDFORMATION_STACK, prod.stackId()));

        assertThat(world.peer.requests("DeleteStack")).singleElement().satisfies(request ->
                assertThat(request.body().path("StackName").asText()).isEqualTo(prod.stackId()));
        assertThat(account.scalingGroups().describeCloudFormationStacks(REGION))
                .extracting(stack -> stack.name()).containsExactly(staging.stackName());
        assertThatThrownBy(() -> account.deleteCloudFormationStack(REGION, prod.stackId(),
                confirmation(prod.stackId(), Operation.DELETE_CLOUDFORMATION_STACK, prod.stackId())))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
        assertThat(world.peer.requests("DeleteStack")).hasSize(1);
    }

    @Test
    void aRefreshStartsWithSkipMatchingAndNothingElseAndIsCancelledOnce() {
        var start = confirmation(prod.stackId(), Operation.START_INSTANCE_REFRESH, prod.groupName());

        var started = account.startInstanceRefresh(REGION, prod.groupName(), start);

        assertThat(started.requestId()).contains("instance refresh refresh-1");
        assertThat(world.peer.requests("StartInstanceRefresh")).singleElement().satisfies(request -> {
            assertThat(request.body().path("AutoScalingGroupName").asText()).isEqualTo(prod.groupName());
            assertThat(request.body().path("Preferences.SkipMatching").asText()).isEqualTo("true");
            assertThat(request.body().fieldNames()).toIterable().as("no desired configuration, no other preference")
                    .containsExactlyInAnyOrder("Action", "Version", "AutoScalingGroupName",
                            "Preferences.SkipMatching");
        });
        assertThatThrownBy(() -> account.startInstanceRefresh(REGION, prod.groupName(), start))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("InstanceRefreshInProgress");
                });

        var cancel = confirmation(prod.stackId(), Operation.CANCEL_INSTANCE_REFRESH, prod.groupName());
        var cancelled = account.cancelInstanceRefresh(REGION, prod.groupName(), cancel);

        assertThat(cancelled.requestId()).contains("refresh-1");
        assertThat(account.scalingGroups().describeInstanceRefreshes(REGION, prod.groupName()))
                .singleElement().satisfies(refresh -> assertThat(refresh.status().name()).isEqualTo("CANCELLED"));
        assertThatThrownBy(() -> account.cancelInstanceRefresh(REGION, prod.groupName(), cancel))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    @Test
    void aRefreshConfirmedForAnotherStackIsNotStarted() {
        assertThatThrownBy(() -> account.startInstanceRefresh(REGION, prod.groupName(),
                confirmation(staging.stackId(), Operation.START_INSTANCE_REFRESH, prod.groupName())))
                .isInstanceOf(UnconfirmedMutationException.class);
        assertThat(world.peer.requests("StartInstanceRefresh")).isEmpty();
    }

    @Test
    void autoScalingsRefusalsComeOutAsTheirKinds() {
        Map<String, CloudException.Kind> kinds = Map.of(
                "ScalingActivityInProgress", CloudException.Kind.CONFLICT,
                "ResourceInUse", CloudException.Kind.CONFLICT,
                "ValidationError", CloudException.Kind.INVALID_INPUT);
        var confirmed = confirmation(prod.stackId(), Operation.SET_DESIRED_CAPACITY, prod.groupName());
        kinds.forEach((code, kind) -> {
            world.peer.on("SetDesiredCapacity", request -> LocalAwsPeer.Reply.queryError(400,
                    LocalInstanceRefreshes.NAMESPACE, code, "refused"));

            assertThatThrownBy(() -> account.setDesiredCapacity(REGION, prod.groupName(), 5, confirmed))
                    .as(code).isInstanceOfSatisfying(CloudException.class, e -> {
                        assertThat(e.kind()).isEqualTo(kind);
                        assertThat(e.getMessage()).contains("autoscaling:SetDesiredCapacity", code);
                    });
        });
        assertThat(world.peer.requests("SetDesiredCapacity")).as("none retried").hasSize(kinds.size());
        assertThat(world.desiredCapacityOf(prod.groupName())).isEqualTo(2);
    }

    @Test
    void aChangeIsSentAgainOnlyWhenThrottled() {
        AtomicInteger answered = new AtomicInteger();
        world.peer.on("SetDesiredCapacity", request -> answered.getAndIncrement() == 0
                ? LocalAwsPeer.Reply.queryError(400, LocalInstanceRefreshes.NAMESPACE, "Throttling", "Rate exceeded")
                : LocalAwsPeer.Reply.forward());
        world.peer.on("TerminateInstanceInAutoScalingGroup", request -> LocalAwsPeer.Reply.queryError(500,
                LocalInstanceRefreshes.NAMESPACE, "InternalFailure", "try again"));
        String instance = world.instancesOf(prod.groupName()).get(0);

        account.setDesiredCapacity(REGION, prod.groupName(), 3,
                confirmation(prod.stackId(), Operation.SET_DESIRED_CAPACITY, prod.groupName()));
        assertThatThrownBy(() -> account.terminateInstanceInGroup(REGION, instance, false,
                confirmation(prod.stackId(), Operation.TERMINATE_INSTANCE_IN_GROUP, instance)))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_ERROR));

        assertThat(world.peer.requests("SetDesiredCapacity")).hasSize(2);
        assertThat(world.desiredCapacityOf(prod.groupName())).isEqualTo(3);
        assertThat(world.peer.requests("TerminateInstanceInAutoScalingGroup")).as("it may have happened").hasSize(1);
    }

    @Test
    void anActionTheEndpointDoesNotImplementIsAFailureNamingServiceAndAction() {
        AwsAccount onMotoAlone = world.account(home, world.moto);

        assertThatThrownBy(() -> onMotoAlone.startInstanceRefresh(REGION, prod.groupName(),
                confirmation(prod.stackId(), Operation.START_INSTANCE_REFRESH, prod.groupName())))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_ERROR);
                    assertThat(e.getMessage()).contains("autoscaling:StartInstanceRefresh", prod.groupName(),
                            "HTTP 500");
                });
    }
}
