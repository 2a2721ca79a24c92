package safetyconsole.cloud.aws;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Operation;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.ScalingGroupReadsContract;

/**
 * The migrated stacks' read contract through the real SDK over HTTP: moto holds a migrated layer's CloudFormation
 * stack with instances from two template versions, a group on its own and an Application Manager application; the
 * peer in front of it answers the instance refreshes moto lacks (one ran on the layer's group).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsScalingGroupReadsContractTest implements ScalingGroupReadsContract {

    private MigratedStacksWorld world;
    private AwsAccount account;

    @BeforeAll
    void build(@TempDir Path home) {
        world = new MigratedStacksWorld();
        account = world.account(home);
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        world.addMonitoringInVersion2();
        world.useVersion(prod.groupName(), "2");
        world.autoScaling.setDesiredCapacity(r -> r.autoScalingGroupName(prod.groupName()).desiredCapacity(3));
        world.groupOnItsOwn("reporting-workers");
        account.startInstanceRefresh(MigratedStacksWorld.REGION, prod.groupName(), MigratedStacksWorld.confirmation(
                prod.stackId(), Operation.START_INSTANCE_REFRESH, prod.groupName()));
        world.application("app-shop-prod-3f2a9c");
    }

    @AfterAll
    void close() {
        if (world != null) {
            world.close();
        }
    }

    @Override
    public ScalingGroupReads reads() {
        return account.scalingGroups();
    }

    @Override
    public String region() {
        return MigratedStacksWorld.REGION;
    }
}
