package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.testing.TestClocks;

/** What the connect dialog and the command line get from the user's AWS config, and connecting with it. */
class AwsConnectorTest {

    private static final String CONFIG = "[default]\nregion = eu-west-1\n"
            + "[profile ops]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n"
            + "sso_account_id = 123456789012\nsso_role_name = Ops\nregion = us-west-2\n"
            + "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = default\n"
            + "mfa_serial = arn:aws:iam::123456789012:mfa/alice\n";

    @TempDir
    Path home;

    private AwsConnector connector(Map<String, String> environment) {
        return new AwsConnector(TestProfiles.write(home, CONFIG, TestProfiles.STATIC_CREDENTIALS.replace("[test]",
                "[default]"), environment), AwsTestWorld.FAST, TestClocks.fixed(), AwsTestWorld::sideReads);
    }

    @Test
    void profilesAreListedWithTheirRegionAndHowTheySignIn() {
        assertThat(connector(Map.of()).profiles()).containsExactly(
                new AccountConnector.Profile("admin", Optional.empty(), false, true),
                new AccountConnector.Profile("default", Optional.of("eu-west-1"), false, false),
                new AccountConnector.Profile("ops", Optional.of("us-west-2"), true, false));
    }

    @Test
    void theDefaultProfileAndRegionsFollowTheEnvironmentAsTheCliDoes() {
        AwsConnector plain = connector(Map.of());
        AwsConnector named = connector(Map.of("AWS_PROFILE", "ops", "AWS_REGION", "ca-central-1"));

        assertThat(plain.defaultProfile()).isEqualTo("default");
        assertThat(plain.regionOf("ops")).contains("us-west-2");
        assertThat(plain.regionOf("admin")).isEmpty();
        assertThat(named.defaultProfile()).isEqualTo("ops");
        assertThat(named.regionOf("ops")).contains("ca-central-1");
    }

    @Test
    void connectingProvesWhoWeAre() {
        URI moto = Moto.freshEndpoint();

        try (AccountConnector.Connection connection = connector(Map.of()).connect(
                new AccountConnector.Request(Optional.of("default"), "us-east-1", Optional.of(moto)), MfaPrompt.NONE)) {
            assertThat(connection.callerIdentity().accountId()).isEqualTo("123456789012");
            assertThat(connection.description()).isEqualTo("AWS profile default \u00b7 us-east-1 (custom endpoint)");
        }
    }

    @Test
    void aConnectionThatCannotReachAwsFailsAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AccountConnector.Request request = new AccountConnector.Request(Optional.of("default"), "us-east-1",
                Optional.of(URI.create("http://127.0.0.1:" + closedPort)));

        assertThatThrownBy(() -> connector(Map.of()).connect(request, MfaPrompt.NONE))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NETWORK));
    }
}
