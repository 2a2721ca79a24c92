package safetyconsole.cloud.demo;

import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.ScalingGroupReadsContract;
import safetyconsole.testing.TestClocks;

class DemoScalingGroupReadsContractTest implements ScalingGroupReadsContract {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @Override
    public ScalingGroupReads reads() {
        return account.scalingGroups();
    }

    @Override
    public String region() {
        return DemoMigratedSeed.REGION;
    }
}
