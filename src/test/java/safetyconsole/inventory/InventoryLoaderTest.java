package safetyconsole.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.testing.TestClocks;

class InventoryLoaderTest {

    private static final Clock CLOCK = TestClocks.fixed();

    @Test
    void loadsLayersInstancesAppsEc2AndGroupsInOneCallEach() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack prod = account.describeStacks().get(0);
        account.faults().resetCounts();

        StackInventory inventory = new InventoryLoader(account, CLOCK).load(prod);

        assertThat(inventory.layers()).isNotEmpty();
        assertThat(inventory.apps()).isNotEmpty();
        assertThat(inventory.instances()).filteredOn(i -> i.ec2Id().isPresent())
                .allSatisfy(i -> assertThat(inventory.ec2Of(i)).isPresent());
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_EC2_INSTANCES)).isEqualTo(1);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_SECURITY_GROUPS)).isEqualTo(1);
        assertThat(account.faults().totalCalls()).isEqualTo(5);
        assertThat(inventory.groupsById()).isNotEmpty();
        assertThat(inventory.loadedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void ec2IsReadFromTheStacksOwnRegion() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack dev = account.describeStacks().stream().filter(s -> s.name().equals("shop-dev")).findFirst()
                .orElseThrow();

        StackInventory inventory = new InventoryLoader(account, CLOCK).load(dev);

        assertThat(dev.region()).isEqualTo("eu-west-1");
        assertThat(inventory.ec2ById()).isNotEmpty();
    }

    @Test
    void largeStackIsReadInBatchesOfAThousandEc2Ids() {
        DemoAccount account = DemoAccount.large(1, 2500, TestClocks.fixed());
        Stack stack = account.describeStacks().get(0);
        account.faults().resetCounts();

        StackInventory inventory = new InventoryLoader(account, CLOCK).load(stack);

        long withEc2 = inventory.instances().stream().filter(i -> i.ec2Id().isPresent()).count();
        assertThat(withEc2).isGreaterThan(2000);
        assertThat(inventory.ec2ById()).hasSize((int) withEc2);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_EC2_INSTANCES)).isEqualTo(3);
    }

    @Test
    void parallelLoadReadsTheSameAsSequential() {
        DemoAccount account = DemoAccount.large(1, 2500, TestClocks.fixed());
        Stack stack = account.describeStacks().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            StackInventory parallel = new InventoryLoader(account, CLOCK, pool).load(stack);
            StackInventory sequential = new InventoryLoader(account, CLOCK).load(stack);

            assertThat(parallel).isEqualTo(sequential);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFailedEc2BatchMarksOnlyItsInstancesUnread() {
        DemoAccount account = DemoAccount.large(1, 2500, TestClocks.fixed());
        Stack stack = account.describeStacks().get(0);
        account.faults().failAfter(DemoOperation.DESCRIBE_EC2_INSTANCES, 1,
                safetyconsole.cloud.CloudException.Kind.THROTTLED);

        StackInventory inventory = new InventoryLoader(account, CLOCK).load(stack);

        assertThat(inventory.ec2Unread()).hasSize(1000)
                .allSatisfy((id, kind) ->
                        assertThat(kind).isEqualTo(safetyconsole.cloud.CloudException.Kind.THROTTLED));
        assertThat(inventory.ec2ById()).hasSizeGreaterThan(1000);
        assertThat(inventory.instances()).hasSize(2500);
    }

    @Test
    void failedGroupLookupIsRecordedNotFatal() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack prod = account.describeStacks().get(0);
        account.faults().failNext(DemoOperation.DESCRIBE_SECURITY_GROUPS,
                safetyconsole.cloud.CloudException.Kind.ACCESS_DENIED);

        StackInventory inventory = new InventoryLoader(account, CLOCK).load(prod);

        assertThat(inventory.groupsUnread()).contains(safetyconsole.cloud.CloudException.Kind.ACCESS_DENIED);
        assertThat(inventory.groupsById()).isEmpty();
    }

    @Test
    void opsworksFailureFailsTheLoadWithTheProvidersException() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Stack prod = account.describeStacks().get(0);
        account.faults().failNext(DemoOperation.DESCRIBE_LAYERS, safetyconsole.cloud.CloudException.Kind.NETWORK);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InventoryLoader(account, CLOCK).load(prod))
                .isInstanceOfSatisfying(safetyconsole.cloud.CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(safetyconsole.cloud.CloudException.Kind.NETWORK));
    }
}
