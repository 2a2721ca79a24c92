package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.MfaPrompt;
import safetyconsole.testing.TestClocks;

class AwsAccountCloseTest {

    @Test
    void closingTheAccountStopsTheThreadsItWasGiven(@TempDir Path home) {
        ExecutorService sideReads = AwsTestWorld.sideReads();
        AwsAccount account = AwsAccount.connect(new AwsTarget(Optional.of("test"), "us-east-1", Map.of(),
                AwsTestWorld.FAST), TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS),
                MfaPrompt.NONE, TestClocks.fixed(), sideReads);

        account.close();

        assertThat(sideReads.isShutdown()).isTrue();
    }
}
