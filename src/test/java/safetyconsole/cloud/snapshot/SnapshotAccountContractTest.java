package safetyconsole.cloud.snapshot;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudAccountContract;

class SnapshotAccountContractTest implements CloudAccountContract {

    @TempDir
    Path dir;
    private SnapshotAccount account;

    @BeforeEach
    void open() {
        account = SnapshotAccount.open(SnapshotFixture.copyInto(dir));
    }

    @Override
    public CloudAccount account() {
        return account;
    }
}
