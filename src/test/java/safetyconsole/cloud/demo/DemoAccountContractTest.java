package safetyconsole.cloud.demo;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudAccountContract;
import safetyconsole.testing.TestClocks;

class DemoAccountContractTest implements CloudAccountContract {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @Override
    public CloudAccount account() {
        return account;
    }
}
