package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.StackDiscovery;
import safetyconsole.json.Json;
import safetyconsole.testing.TestClocks;

/**
 * An account without OpsWorks (every account since its end of life on 2024-05-26) opens with no OpsWorks stacks,
 * on the first answer that says so: one DescribeStacks, not five with backoff in between.
 */
class AwsAccountWithoutOpsWorksTest {

    /** As many attempts as the console makes by default: a retry storm would show in the peer's count. */
    private static final AwsTarget.Limits FIVE_ATTEMPTS = new AwsTarget.Limits(Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30), 5);

    @TempDir
    Path home;
    private final LocalAwsPeer peer = new LocalAwsPeer();

    @AfterEach
    void stop() {
        peer.close();
    }

    private AwsAccount account(URI opsWorks, URI everythingElse) {
        AwsTarget target = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), FIVE_ATTEMPTS)
                .withEndpoint(everythingElse).withEndpoint(AwsService.OPSWORKS, opsWorks);
        return new AwsAccount(target, TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS),
                MfaPrompt.NONE, TestClocks.fixed(), () -> RequestPacer.perSecond(1000), AwsTestWorld.sideReads());
    }

    private static void opensWithoutOpsWorks(AwsAccount account) {
        StackDiscovery discovery = StackDiscovery.read(account);

        assertThat(discovery.stacks()).isEmpty();
        assertThat(discovery.unavailable()).containsExactly(OptionalService.OPSWORKS_STACKS);
    }

    @Test
    void plainMotoAnswersOpsWorksWithAnHtml500AndTheAccountOpensAtOnce() {
        URI moto = Moto.freshEndpoint();
        peer.forwardEverythingTo(moto);

        try (AwsAccount account = account(peer.endpoint(), moto)) {
            assertThat(account.callerIdentity().accountId()).isEqualTo("123456789012");
            assertThatThrownBy(account::describeStacks).isInstanceOfSatisfying(CloudException.class, e -> {
                assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_UNAVAILABLE_HERE);
                assertThat(e.unavailableService()).contains(OptionalService.OPSWORKS_STACKS);
                assertThat(e.getMessage()).contains("opsworks:DescribeStacks", "Status Code: 500",
                        "SDK Attempt Count: 1");
            });
            opensWithoutOpsWorks(account);
        }
        assertThat(peer.requests("DescribeStacks")).as("one attempt each time, no retries").hasSize(2);
    }

    @Test
    void aBare404IsNoOpsWorks() {
        peer.on("DescribeStacks", request -> new LocalAwsPeer.Reply(404, Json.mapper().createObjectNode(), 0));

        try (AwsAccount account = account(peer.endpoint(), peer.endpoint())) {
            opensWithoutOpsWorks(account);
        }
        assertThat(peer.requests("DescribeStacks")).hasSize(1);
    }

    @Test
    void anUnknownOperationIsNoOpsWorks() {
        // The peer answers every operation it has no handler for with UnknownOperationException.
        try (AwsAccount account = account(peer.endpoint(), peer.endpoint())) {
            opensWithoutOpsWorks(account);
        }
        assertThat(peer.requests("DescribeStacks")).hasSize(1);
    }

    @Test
    void anEndOfLifeAnswerIsNoOpsWorks() {
        peer.on("DescribeStacks", request -> LocalAwsPeer.Reply.error(400, "ValidationException",
                "AWS OpsWorks Stacks has reached end of life"));

        try (AwsAccount account = account(peer.endpoint(), peer.endpoint())) {
            opensWithoutOpsWorks(account);
        }
        assertThat(peer.requests("DescribeStacks")).hasSize(1);
    }

    @Test
    void aRefusedOpsWorksEndpointIsNoOpsWorks() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        try (AwsAccount account = account(URI.create("http://127.0.0.1:" + closedPort), peer.endpoint())) {
            assertThatThrownBy(account::describeStacks).isInstanceOfSatisfying(CloudException.class, e ->
                    assertThat(e.getCause().getSuppressed()).as("the SDK keeps each earlier attempt's failure")
                            .isEmpty());
            opensWithoutOpsWorks(account);
        }
    }

    @Test
    void anOpsWorksThatIsThereButBusyIsStillRetriedAndStillAnError() {
        peer.on("DescribeStacks", request -> LocalAwsPeer.Reply.error(500, "InternalFailure", "Oops"));

        try (AwsAccount account = account(peer.endpoint(), peer.endpoint())) {
            assertThatThrownBy(() -> StackDiscovery.read(account)).isInstanceOfSatisfying(CloudException.class, e -> {
                assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_ERROR);
                assertThat(e.getCause().getSuppressed()).hasSize(FIVE_ATTEMPTS.maxAttempts() - 1);
            });
        }
        assertThat(peer.requests("DescribeStacks")).hasSize(FIVE_ATTEMPTS.maxAttempts());
    }
}
