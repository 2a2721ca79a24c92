package safetyconsole.cloud.demo;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudAccountContract;

class DemoAccountContractTest implements CloudAccountContract {

    private final DemoAccount account = DemoAccount.seeded();

    @Override
    public CloudAccount account() {
        return account;
    }
}
