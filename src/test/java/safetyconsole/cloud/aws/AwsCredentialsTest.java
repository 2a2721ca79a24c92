package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.testing.TestClocks;

/**
 * Credentials found as the AWS CLI finds them, proven by the access key the local OpsWorks peer sees in each
 * request's signature.
 */
class AwsCredentialsTest {

    private static final String SOURCE = "[profile test]\nregion = us-east-1\n"
            + "[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/Ops\nsource_profile = test\n"
            + "mfa_serial = arn:aws:iam::123456789012:mfa/alice\nregion = us-east-1\n";

    @TempDir
    Path home;
    private final LocalAwsPeer peer = LocalAwsPeer.servingNoStacks();
    private final List<String> asked = new ArrayList<>();

    @AfterEach
    void stop() {
        peer.close();
    }

    private String keySeenFor(AwsProfiles profiles, String profile, MfaPrompt mfa, Optional<URI> sts) {
        AwsTarget target = new AwsTarget(Optional.of(profile), "us-east-1", Map.of(), AwsTestWorld.FAST)
                .withEndpoint(AwsService.OPSWORKS, peer.endpoint());
        if (sts.isPresent()) {
            target = target.withEndpoint(AwsService.STS, sts.get());
        }
        try (AwsAccount account = new AwsAccount(target, profiles, mfa, TestClocks.fixed(),
                () -> RequestPacer.perSecond(1000), AwsTestWorld.sideReads())) {
            account.describeStacks();
        }
        return peer.requests("DescribeStacks").get(0).accessKeyId();
    }

    @Test
    void staticKeysOfANamedProfileSignTheRequests() {
        AwsProfiles profiles = TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS);

        assertThat(keySeenFor(profiles, "test", MfaPrompt.NONE, Optional.empty())).isEqualTo("AKIDSTATICTEST");
    }

    @Test
    void aCredentialProcessIsRunForTheKeys() throws Exception {
        Path script = home.resolve("creds.sh");
        Files.writeString(script, "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDFROMPROCESS\","
                + " \"SecretAccessKey\": \"process-secret\"}'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        AwsProfiles profiles = TestProfiles.write(home, "[profile proc]\nregion = us-east-1\ncredential_process = "
                + script + "\n", "");

        assertThat(keySeenFor(profiles, "proc", MfaPrompt.NONE, Optional.empty())).isEqualTo("AKIDFROMPROCESS");
    }

    @Test
    void aRoleWithMfaAsksForTheCodeAndSignsWithTheRolesKeys() {
        URI moto = Moto.freshEndpoint();
        AwsProfiles profiles = TestProfiles.write(home, SOURCE, TestProfiles.STATIC_CREDENTIALS);

        String key = keySeenFor(profiles, "ops", (profile, serial) -> {
            asked.add(profile + " " + serial);
            return Optional.of("123456");
        }, Optional.of(moto));

        assertThat(asked).containsExactly("ops arn:aws:iam::123456789012:mfa/alice");
        assertThat(key).isNotEqualTo("AKIDSTATICTEST").isNotBlank();
    }

    @Test
    void cancellingTheMfaCodeReadsNothing() {
        URI moto = Moto.freshEndpoint();
        AwsProfiles profiles = TestProfiles.write(home, SOURCE, TestProfiles.STATIC_CREDENTIALS);

        assertThatThrownBy(() -> keySeenFor(profiles, "ops", MfaPrompt.NONE, Optional.of(moto)))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.SIGN_IN_CANCELLED));
        assertThat(peer.requests()).isEmpty();
    }
}
