package safetyconsole.cloud.snapshot;

import java.net.URISyntaxException;
import java.nio.file.Path;

import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.ScalingGroupReadsContract;

class SnapshotScalingGroupReadsContractTest implements ScalingGroupReadsContract {

    private final ScalingGroupReads reads;

    SnapshotScalingGroupReadsContractTest() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/safetyconsole/snapshot/migrated").toURI());
        reads = SnapshotAccount.open(fixture).scalingGroups();
    }

    @Override
    public ScalingGroupReads reads() {
        return reads;
    }

    @Override
    public String region() {
        return "eu-west-1";
    }
}
