package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.cloud.UnconfirmedMutationException;
import safetyconsole.testing.TestClocks;

/** What the contract does not cover: paging and pacing of CloudTrail, and the write side against its peers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsAccountTest {

    private static final String STACK = "2f1c5e0a-1b2c-4d5e-8f90-123456789abc";
    private static final String LAYER = "11111111-aaaa-4bbb-8ccc-000000000001";
    private static final String RAILS_APP1 = "22222222-aaaa-4bbb-8ccc-000000000001";
    private static final Instant LATER = TestClocks.NOW.plusSeconds(600);

    private final AtomicInteger paced = new AtomicInteger();
    private AwsTestWorld world;
    private AwsAccount account;
    private AwsProfiles profiles;

    @BeforeAll
    void connect(@TempDir Path home) {
        world = AwsTestWorld.start(1);
        // The pacer reads its clock once per acquire: counting reads counts the requests that waited their turn.
        RequestPacer counting = new RequestPacer(Duration.ofMillis(500), () -> {
            paced.incrementAndGet();
            return System.nanoTime();
        }, nanos -> { });
        profiles = TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS);
        account = world.account(profiles, "test", MfaPrompt.NONE, counting);
    }

    @AfterAll
    void close() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void stacksComeWithTheirTagsAndTheirOwnRegion() {
        var stack = account.describeStacks().get(0);

        assertThat(stack.tags()).containsEntry("Environment", "production");
        assertThat(stack.region()).isEqualTo(AwsTestWorld.STACK_REGION);
        assertThat(stack.color()).contains("rgb(186, 65, 50)");
        assertThat(world.peer.requests("ListTags")).isNotEmpty().allSatisfy(r ->
                assertThat(r.body().path("ResourceArn").asText()).contains(STACK));
    }

    @Test
    void theBannerGetsTheAccountAliasFromIamOnce() {
        world.createAccountAlias("acme-billing");
        AwsAccount fresh = world.account(profiles, "test", MfaPrompt.NONE, RequestPacer.perSecond(100));

        assertThat(fresh.callerIdentity().accountId()).isNotBlank();
        assertThat(fresh.accountAlias()).contains("acme-billing");
        assertThat(fresh.accountAlias()).contains("acme-billing");
    }

    @Test
    void anAccountWhoseAliasIamRefusesOpensWithoutOne() {
        try (LocalAwsPeer iam = new LocalAwsPeer()) {
            iam.script(LocalAwsPeer.Reply.error(403, "AccessDenied",
                    "User is not authorized to perform: iam:ListAccountAliases"));
            AwsAccount refused = world.account(profiles, "test", MfaPrompt.NONE, RequestPacer.perSecond(100),
                    iam.endpoint());

            assertThat(refused.accountAlias()).isEmpty();
            assertThat(refused.accountAlias()).isEmpty();
            assertThat(refused.describeStacks()).isNotEmpty();
            assertThat(iam.requests()).hasSize(1);
        }
    }

    @Test
    void aSlowIamDelaysTheFirstBannerByTheAliasWaitAtMostAndLaterOnesNotAtAll() {
        try (LocalAwsPeer iam = new LocalAwsPeer()) {
            iam.script(LocalAwsPeer.Reply.error(403, "AccessDenied", "slow").delayedBy(
                    AwsIdentity.ALIAS_WAIT.toMillis() + 3_000));
            AwsAccount slow = world.account(profiles, "test", MfaPrompt.NONE, RequestPacer.perSecond(100),
                    iam.endpoint());

            long started = System.nanoTime();
            assertThat(slow.accountAlias()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AwsIdentity.ALIAS_WAIT.plusSeconds(2));
            long again = System.nanoTime();
            assertThat(slow.accountAlias()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(AwsIdentity.ALIAS_WAIT);
        }
    }

    @Test
    void aTrailLookupFollowsEveryPageEachPacedAndReadsWhoCalled() {
        paced.set(0);
        int before = world.peer.requests("LookupEvents").size();

        List<TrailEvent> events = account.lookupTrailEvents(new TrailQuery("us-east-1",
                TrailQuery.Attribute.EVENT_SOURCE, "opsworks.amazonaws.com", Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2100-01-01T00:00:00Z")));

        assertThat(events).extracting(TrailEvent::eventName)
                .containsExactlyInAnyOrder("DeleteInstance", "StopInstance");
        assertThat(world.peer.requests("LookupEvents").size() - before).isEqualTo(2);
        assertThat(paced.get()).isEqualTo(2);
        TrailEvent delete = events.stream().filter(e -> e.eventName().equals("DeleteInstance"))
                .findFirst().orElseThrow();
        assertThat(delete.principalArn()).startsWith("arn:aws:");
        assertThat(delete.requestParameters()).containsKey("instanceId");
        assertThat(delete.resourceIds()).contains(delete.requestParameters().get("instanceId"));
    }

    @Test
    void aTrailLookupSendsTheOneAttributeAndTheTimeRange() {
        Instant from = Instant.parse("2026-10-14T08:00:00Z");
        Instant to = Instant.parse("2026-10-14T10:00:00Z");

        account.lookupTrailEvents(new TrailQuery("eu-west-1", TrailQuery.Attribute.RESOURCE_NAME, "i-0123", from, to));

        var sent = world.peer.requests("LookupEvents").get(world.peer.requests("LookupEvents").size() - 1);
        assertThat(sent.region()).isEqualTo("eu-west-1");
        assertThat(sent.body().path("LookupAttributes").path(0).path("AttributeKey").asText())
                .isEqualTo("ResourceName");
        assertThat(sent.body().path("LookupAttributes").path(0).path("AttributeValue").asText()).isEqualTo("i-0123");
        assertThat(sent.body().path("StartTime").asLong()).isEqualTo(from.getEpochSecond());
        assertThat(sent.body().path("EndTime").asLong()).isEqualTo(to.getEpochSecond());
    }

    @Test
    void aConfirmedStartReachesOpsWorksWithItsInstance() {
        var result = account.startInstance(RAILS_APP1, confirmation(STACK, Operation.START_INSTANCE, RAILS_APP1));

        var starts = world.peer.requests("StartInstance");
        assertThat(starts).isNotEmpty();
        assertThat(starts.get(starts.size() - 1).body().path("InstanceId").asText()).isEqualTo(RAILS_APP1);
        assertThat(result.requestId()).startsWith("req-");
    }

    @Test
    void aConfirmationForAnotherStackSendsNothing() {
        int before = world.peer.requests("DeleteInstance").size();

        assertThatThrownBy(() -> account.deleteInstance(RAILS_APP1, false, false,
                confirmation("another-stack", Operation.DELETE_INSTANCE, RAILS_APP1)))
                .isInstanceOf(UnconfirmedMutationException.class);
        assertThat(world.peer.requests("DeleteInstance")).hasSize(before);
    }

    @Test
    void changingAnInstancesGroupsReplacesThemInEc2() {
        String ec2Id = world.id("i-0bbb000000000001");
        List<String> groups = List.of(world.id("sg-0aaa000000000001"), world.id("sg-0aaa000000000002"));

        account.modifyInstanceGroups(RAILS_APP1, ec2Id, groups,
                confirmation(STACK, Operation.MODIFY_INSTANCE_GROUPS, RAILS_APP1));

        Ec2Instance after = account.describeEc2Instances(AwsTestWorld.STACK_REGION, List.of(ec2Id)).get(0);
        assertThat(after.securityGroups()).extracting(GroupRef::id).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Test
    void anInstanceThatIsNowAnotherEc2InstanceIsNotChanged() {
        String other = world.id("i-0bbb000000000002");
        List<String> before = account.describeEc2Instances(AwsTestWorld.STACK_REGION, List.of(other)).get(0)
                .securityGroups().stream().map(GroupRef::id).toList();

        assertThatThrownBy(() -> account.modifyInstanceGroups(RAILS_APP1, other,
                List.of(world.id("sg-0aaa000000000001")),
                confirmation(STACK, Operation.MODIFY_INSTANCE_GROUPS, RAILS_APP1)))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT));
        assertThat(account.describeEc2Instances(AwsTestWorld.STACK_REGION, List.of(other)).get(0).securityGroups())
                .extracting(GroupRef::id).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aLayersGroupsAreReplacedInOpsWorks() {
        List<String> groups = List.of(world.id("sg-0aaa000000000002"));

        account.updateLayerSecurityGroups(LAYER, groups, confirmation(STACK, Operation.UPDATE_LAYER_GROUPS, LAYER));

        Layer layer = account.describeLayers(STACK).get(0);
        assertThat(layer.customSecurityGroupIds()).containsExactlyElementsOf(groups);
    }

    @Test
    void aMutationOfSomethingGoneIsNotFound() {
        String gone = "99999999-aaaa-4bbb-8ccc-000000000009";

        assertThatThrownBy(() -> account.rebootInstance(gone, confirmation(STACK, Operation.REBOOT_INSTANCE, gone)))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    private static Confirmation confirmation(String stackId, Operation operation, String target) {
        return new Confirmation("plan-1", stackId, operation, Set.of(target), LATER);
    }
}
