package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudException.Kind;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.json.Json;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.ErrorMessages;

/** Each way a call can fail, produced for real over HTTP (or by its absence), and the kind the operator sees. */
class AwsErrorMappingTest {

    private static final AwsTarget.Limits TWO_ATTEMPTS = new AwsTarget.Limits(Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(20), 2);

    @TempDir
    Path home;
    private final LocalAwsPeer peer = LocalAwsPeer.servingNoStacks();

    @AfterEach
    void stop() {
        peer.close();
    }

    private AwsAccount account(URI endpoint, AwsTarget.Limits limits, String config, String credentials) {
        AwsTarget target = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), limits)
                .withEndpoint(AwsService.OPSWORKS, endpoint);
        return new AwsAccount(target, TestProfiles.write(home, config, credentials), MfaPrompt.NONE, TestClocks.fixed(),
                () -> RequestPacer.perSecond(1000), AwsTestWorld.sideReads());
    }

    private AwsAccount account() {
        return account(peer.endpoint(), TWO_ATTEMPTS, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS);
    }

    private CloudException failure(AwsAccount account) {
        return failure(account, AwsAccount::describeStacks);
    }

    /** For answers that on DescribeStacks mean "no OpsWorks here": any other read still fails with them. */
    private CloudException failure(AwsAccount account, Consumer<AwsAccount> read) {
        try (account) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read.accept(account));
            assertThat(thrown).isInstanceOf(CloudException.class);
            return (CloudException) thrown;
        }
    }

    private static void readLayers(AwsAccount account) {
        account.describeLayers("stack-1");
    }

    @Test
    void accessDeniedIsAccessDenied() {
        peer.script(LocalAwsPeer.Reply.error(400, "AccessDeniedException", "User: alice is not authorized"));

        CloudException e = failure(account());

        assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(e.refusedAction()).contains("opsworks:DescribeStacks");
        assertThat(ErrorMessages.sentence(e)).startsWith("AWS refused opsworks:DescribeStacks: your credentials lack"
                + " that permission");
    }

    @Test
    void anErrorWithoutACodeIsJudgedByItsStatus() {
        // What a proxy in the way sends: no AWS error body at all.
        peer.script(new LocalAwsPeer.Reply(403, safetyconsole.json.Json.mapper().createObjectNode(), 0));

        CloudException e = failure(account());

        assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(e.getMessage()).contains("no error code (HTTP 403");
    }

    @Test
    void aRoleThatMayNotBeAssumedNamesAssumeRoleNotTheCallThatNeededIt() {
        RuntimeException refused = software.amazon.awssdk.services.sts.model.StsException.builder().statusCode(403)
                .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                        .errorCode("AccessDenied").errorMessage("not authorized to perform: sts:AssumeRole").build())
                .build();

        CloudException e = AwsErrors.translate(AwsCall.of("opsworks:DescribeStacks", ""), refused,
                Optional.empty());

        assertThat(e.refusedAction()).contains("sts:AssumeRole");
        assertThat(ErrorMessages.sentence(e)).startsWith("AWS refused sts:AssumeRole:");
    }

    @Test
    void anExpiredTokenSaysSignInAgain() {
        peer.script(LocalAwsPeer.Reply.error(400, "ExpiredTokenException", "The security token included in the request"
                + " is expired"));

        CloudException e = failure(account());

        assertThat(e.kind()).isEqualTo(Kind.EXPIRED_CREDENTIALS);
        assertThat(ErrorMessages.sentence(e)).contains("expired");
    }

    @Test
    void unknownKeysAreRejectedCredentials() {
        peer.script(LocalAwsPeer.Reply.error(400, "UnrecognizedClientException", "The security token included in the"
                + " request is invalid."));

        assertThat(failure(account(), AwsErrorMappingTest::readLayers).kind()).isEqualTo(Kind.CREDENTIALS_REJECTED);
    }

    @Test
    void throttlingIsRetriedThenReportedAsThrottled() {
        peer.script(LocalAwsPeer.Reply.error(400, "ThrottlingException", "Rate exceeded"),
                LocalAwsPeer.Reply.error(400, "ThrottlingException", "Rate exceeded"));

        assertThat(failure(account()).kind()).isEqualTo(Kind.THROTTLED);
        assertThat(peer.requests("DescribeStacks")).hasSize(2);
    }

    @Test
    void aServerErrorIsRetriedAndRecoversWhenTheNextAttemptWorks() {
        peer.script(LocalAwsPeer.Reply.error(503, "ServiceUnavailable", "Please try again"));

        try (AwsAccount account = account()) {
            assertThat(account.describeStacks()).isEmpty();
        }
        assertThat(peer.requests("DescribeStacks")).hasSize(2);
    }

    @Test
    void aChangeAnsweredWithAServerErrorIsNotSentAgain() {
        servesOneInstance();
        peer.on("StartInstance", request -> LocalAwsPeer.Reply.error(503, "ServiceUnavailable", "Please try again"));

        try (AwsAccount account = account()) {
            assertThatThrownBy(() -> account.startInstance("inst-1", startOf("inst-1")))
                    .isInstanceOfSatisfying(CloudException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.SERVICE_ERROR));
        }
        assertThat(peer.requests("StartInstance")).as("it may have started: not sent twice").hasSize(1);
    }

    @Test
    void aThrottledChangeIsSentAgain() {
        servesOneInstance();
        AtomicInteger calls = new AtomicInteger();
        peer.on("StartInstance", request -> calls.incrementAndGet() == 1
                ? LocalAwsPeer.Reply.error(400, "ThrottlingException", "Rate exceeded")
                : LocalAwsPeer.Reply.ok(Json.mapper().createObjectNode()));

        try (AwsAccount account = account()) {
            assertThat(account.startInstance("inst-1", startOf("inst-1")).requestId()).isNotBlank();
        }
        assertThat(peer.requests("StartInstance")).hasSize(2);
    }

    private void servesOneInstance() {
        peer.onBody("DescribeInstances", body -> {
            com.fasterxml.jackson.databind.node.ObjectNode reply = Json.mapper().createObjectNode();
            reply.putArray("Instances").addObject().put("InstanceId", "inst-1").put("StackId", "stack-1")
                    .put("Hostname", "app1").put("Status", "stopped").put("RootDeviceType", "ebs");
            return LocalAwsPeer.Reply.ok(reply);
        });
    }

    private static safetyconsole.cloud.Confirmation startOf(String instanceId) {
        return new safetyconsole.cloud.Confirmation("plan-1", "stack-1", safetyconsole.cloud.Operation.START_INSTANCE,
                Set.of(instanceId), TestClocks.NOW.plusSeconds(600));
    }

    @Test
    void serverErrorsOnEveryAttemptAreAServiceError() {
        peer.script(LocalAwsPeer.Reply.error(500, "InternalFailure", "Oops"),
                LocalAwsPeer.Reply.error(500, "InternalFailure", "Oops"));

        assertThat(failure(account()).kind()).isEqualTo(Kind.SERVICE_ERROR);
    }

    @Test
    void aRefusedConnectionIsANetworkProblem() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CloudException e = failure(account(URI.create("http://127.0.0.1:" + closedPort), TWO_ATTEMPTS,
                TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS), AwsErrorMappingTest::readLayers);

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsTimedOut() {
        peer.script(LocalAwsPeer.Reply.ok(Json.mapper().createObjectNode()).delayedBy(3000));
        AwsTarget.Limits impatient = new AwsTarget.Limits(Duration.ofSeconds(1), Duration.ofMillis(300),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 1);

        CloudException e = failure(account(peer.endpoint(), impatient, TestProfiles.STATIC,
                TestProfiles.STATIC_CREDENTIALS));

        assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT);
    }

    @Test
    void aProfileThatDoesNotExistHasNoCredentials() {
        assertThatThrownBy(() -> account(peer.endpoint(), TWO_ATTEMPTS, "[profile other]\nregion = us-east-1\n", ""))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_CREDENTIALS));
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void anSsoProfileWithoutASessionNamesTheExactLoginCommand() {
        String startUrl = "https://safety-console-test.awsapps.com/start";
        Assumptions.assumeFalse(Files.isDirectory(Path.of(System.getProperty("user.home"), ".aws", "sso", "cache"))
                && ssoCacheMentions(startUrl), "this machine has a cached SSO token for the test's start URL");
        String config = "[profile test]\nsso_start_url = " + startUrl + "\nsso_region = us-east-1\n"
                + "sso_account_id = 123456789012\nsso_role_name = Ops\nregion = us-east-1\n";

        CloudException e = failure(account(peer.endpoint(), TWO_ATTEMPTS, config, ""));

        assertThat(e.kind()).isEqualTo(Kind.SSO_LOGIN_REQUIRED);
        assertThat(e.ssoProfile()).contains("test");
        assertThat(ErrorMessages.sentence(e)).contains("aws sso login --profile test");
        assertThat(peer.requests()).isEmpty();
    }

    private static boolean ssoCacheMentions(String startUrl) {
        try (var files = Files.list(Path.of(System.getProperty("user.home"), ".aws", "sso", "cache"))) {
            return files.anyMatch(f -> {
                try {
                    return Files.readString(f).contains(startUrl);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }
}
