package safetyconsole.cloud.aws;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudAccountContract;
import safetyconsole.cloud.MfaPrompt;

/** The read-side contract, through the real SDK over HTTP: EC2/STS in moto, OpsWorks/CloudTrail on a local peer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsAccountContractTest implements CloudAccountContract {

    private AwsTestWorld world;
    private AwsAccount account;

    @BeforeAll
    void connect(@TempDir Path home) {
        world = AwsTestWorld.start(2);
        account = world.account(TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS), "test",
                MfaPrompt.NONE, RequestPacer.perSecond(1000));
    }

    @AfterAll
    void close() {
        if (world != null) {
            world.close();
        }
    }

    @Override
    public CloudAccount account() {
        return account;
    }
}
