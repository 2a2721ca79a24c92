package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.StackResource;
import safetyconsole.testing.TestClocks;

/** The reads that find migrated stacks, through the real SDK on loopback: moto, and a peer for the failures. */
class AwsMigratedStackReadsTest {

    private static final String REGION = MigratedStacksWorld.REGION;

    @TempDir
    Path home;
    private MigratedStacksWorld world;
    private AwsAccount account;

    @BeforeEach
    void start() {
        world = new MigratedStacksWorld();
        account = world.account(home);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void oneGroupIsReadByNameWithItsTemplateAndInstancesAndAGoneOneIsEmpty() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");

        var group = account.scalingGroups().describeAutoScalingGroup(REGION, prod.groupName()).orElseThrow();

        assertThat(group.name()).isEqualTo(prod.groupName());
        assertThat(group.region()).isEqualTo(REGION);
        assertThat(group.desiredCapacity()).isEqualTo(2);
        assertThat(group.instances()).hasSize(2);
        assertThat(group.launchTemplate()).hasValueSatisfying(spec -> {
            assertThat(spec.templateId()).contains(world.templateId);
            assertThat(spec.version()).contains("1");
        });
        assertThat(account.scalingGroups().describeAutoScalingGroup(REGION, "shop-prod-gone")).isEmpty();
    }

    @Test
    void cloudFormationStacksComeWithTheirArnStatusAndTagsAndDeletedOnesAreLeftOut() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1", Map.of("Environment", "production"));
        var staging = world.layerStack("shop-staging-rails-app-7b1e02", "1");
        world.cloudFormation.deleteStack(r -> r.stackName(staging.stackId()));

        var stacks = account.scalingGroups().describeCloudFormationStacks(REGION);

        assertThat(stacks).extracting(CloudFormationStack::name).containsExactly("shop-prod-rails-app-3f2a9c");
        CloudFormationStack read = stacks.get(0);
        assertThat(read.id()).isEqualTo(prod.stackId()).startsWith("arn:aws:cloudformation:" + REGION);
        assertThat(read.region()).isEqualTo(REGION);
        assertThat(read.status()).endsWith("_COMPLETE");
        assertThat(read.tags()).containsEntry("Environment", "production");
        assertThat(read.isDeleted()).isFalse();
        assertThat(account.scalingGroups().describeCloudFormationStack(REGION, prod.stackId())).contains(read);
        assertThat(account.scalingGroups().describeCloudFormationStack(REGION, staging.stackId())).isEmpty();
    }

    @Test
    void aStacksResourcesNameItsGroup() {
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");

        var resources = account.scalingGroups().describeStackResources(REGION, prod.stackName());

        assertThat(resources).singleElement().satisfies(resource -> {
            assertThat(resource.isAutoScalingGroup()).isTrue();
            assertThat(resource.logicalId()).isEqualTo("ApplicationAsg");
            assertThat(resource.physicalId()).isEqualTo(prod.groupName());
            assertThat(resource.status()).isEqualTo("CREATE_COMPLETE");
        });
        assertThat(world.peer.requests("ListStackResources")).last().satisfies(request ->
                assertThat(request.body().path("StackName").asText()).isEqualTo(prod.stackName()));
        assertThat(resources).extracting(StackResource::type).containsExactly(StackResource.AUTO_SCALING_GROUP);
    }

    @Test
    void aStackNoLongerThereIsAFailureNamingTheCall() {
        assertThatThrownBy(() -> account.scalingGroups().describeStackResources(REGION, "shop-prod-gone"))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("cloudformation:ListStackResources", "shop-prod-gone");
                });
    }

    @Test
    void anUnknownLaunchTemplateOrVersionIsNotFound() {
        assertThatThrownBy(() -> account.scalingGroups().describeLaunchTemplate(REGION,
                LaunchTemplateSpec.byName("shop-prod-no-such-template", null)))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> account.scalingGroups().describeLaunchTemplateVersion(REGION, world.templateId, 9))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    @Test
    void applicationManagerApplicationsAreTheResourceGroupsNames() {
        world.application("app-shop-prod-3f2a9c");
        world.application("app-shop-staging-7b1e02");

        assertThat(account.scalingGroups().listResourceGroupNames(REGION))
                .containsExactlyInAnyOrder("app-shop-prod-3f2a9c", "app-shop-staging-7b1e02");
    }

    @Test
    void resourceGroupsAnsweringAsIfAbsentIsNotOfferedHereAndNotRetried() {
        for (LocalAwsPeer.Reply absent : new LocalAwsPeer.Reply[] {
                LocalAwsPeer.Reply.xml(404, "<!doctype html><title>404 Not Found</title>"),
                LocalAwsPeer.Reply.error(400, "UnknownOperationException", "ListGroups")}) {
            try (LocalAwsPeer resourceGroups = new LocalAwsPeer()) {
                resourceGroups.script(absent, absent, absent);
                AwsAccount without = accountWithResourceGroupsAt(resourceGroups.endpoint());

                assertThatThrownBy(() -> without.scalingGroups().listResourceGroupNames(REGION))
                        .isInstanceOfSatisfying(CloudException.class, e -> {
                            assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_UNAVAILABLE_HERE);
                            assertThat(e.unavailableService()).contains(OptionalService.RESOURCE_GROUPS);
                            assertThat(e.getMessage()).contains("resource-groups:ListGroups");
                        });
                assertThat(resourceGroups.requests()).hasSize(1);
                without.close();
            }
        }
    }

    @Test
    void resourceGroupsRefusingTheConnectionIsNotOfferedHere() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        AwsAccount without = accountWithResourceGroupsAt(URI.create("http://127.0.0.1:" + closed));

        assertThatThrownBy(() -> without.scalingGroups().listResourceGroupNames(REGION))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.unavailableService())
                        .contains(OptionalService.RESOURCE_GROUPS));
        without.close();
    }

    @Test
    void resourceGroupsRefusedToTheCallerStaysAccessDenied() {
        try (LocalAwsPeer resourceGroups = new LocalAwsPeer()) {
            resourceGroups.script(LocalAwsPeer.Reply.error(403, "ForbiddenException",
                    "User is not authorized to perform: resource-groups:ListGroups"));
            AwsAccount refused = accountWithResourceGroupsAt(resourceGroups.endpoint());

            assertThatThrownBy(() -> refused.scalingGroups().listResourceGroupNames(REGION))
                    .isInstanceOfSatisfying(CloudException.class, e -> {
                        assertThat(e.kind()).isEqualTo(CloudException.Kind.ACCESS_DENIED);
                        assertThat(e.refusedAction()).contains("resource-groups:ListGroups");
                    });
            refused.close();
        }
    }

    private AwsAccount accountWithResourceGroupsAt(URI endpoint) {
        AwsTarget target = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), AwsTestWorld.FAST)
                .withEndpoint(world.peer.endpoint()).withEndpoint(AwsService.RESOURCE_GROUPS, endpoint);
        return new AwsAccount(target, TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS),
                MfaPrompt.NONE, TestClocks.fixed(), () -> RequestPacer.perSecond(1000), AwsTestWorld.sideReads());
    }
}
