package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.AccountScaleWorld;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.ScalingStackLoader;
import safetyconsole.testing.TestClocks;

/**
 * The call economy of a full refresh of the demo's account scale (docs/benchmarks.md): the stack list, every OpsWorks
 * stack's inventory and every migrated stack in one refresh, as the check reads them. Each formula is held against
 * the demo's call counter; a call per instance, per group where a page does, or per stack where a list does, fails.
 */
class AccountScaleRefreshCallsTest {

    private static final Map<DemoOperation, Long> CALLS = new EnumMap<>(DemoOperation.class);
    private static int opsWorksStacks;
    private static long ec2BatchesOfOpsWorksStacks;
    private static int migratedStacks;

    @BeforeAll
    static void refreshEverything() {
        DemoAccount account = DemoAccount.accountScale(TestClocks.fixed());
        account.faults().resetCounts();
        List<Stack> stacks = AccountStacks.read(account).stacks();
        InventoryLoader inventories = new InventoryLoader(account, TestClocks.fixed());
        ScalingStackLoader migrated = new ScalingStackLoader(account, TestClocks.fixed()).forOneRefresh();
        for (Stack stack : stacks) {
            if (stack.isOpsWorks()) {
                int instances = inventories.load(stack).instances().size();
                opsWorksStacks++;
                ec2BatchesOfOpsWorksStacks += ceilThousands(instances);
            } else {
                migrated.load(stack);
                migratedStacks++;
            }
        }
        for (DemoOperation operation : DemoOperation.values()) {
            CALLS.put(operation, account.faults().callCount(operation));
        }
    }

    @Test
    void theAccountIsTheScaleTheFormulasAreAbout() {
        assertThat(opsWorksStacks).isEqualTo(AccountScaleWorld.OPSWORKS_STACKS);
        assertThat(migratedStacks).isEqualTo(AccountScaleWorld.SCALING_GROUPS);
        // 2,000 instances take 2 batches, each of the 39 others (461 or 462) one.
        assertThat(ec2BatchesOfOpsWorksStacks).isEqualTo(2 + AccountScaleWorld.OPSWORKS_STACKS - 1);
    }

    @Test
    void opsWorksStacksCostThreeDescribesAndOneGroupLookupEachAndOneEc2CallPerThousandInstances() {
        assertThat(CALLS.get(DemoOperation.DESCRIBE_STACKS)).isEqualTo(1);
        assertThat(CALLS.get(DemoOperation.DESCRIBE_LAYERS)).isEqualTo(opsWorksStacks);
        assertThat(CALLS.get(DemoOperation.DESCRIBE_INSTANCES)).isEqualTo(opsWorksStacks);
        assertThat(CALLS.get(DemoOperation.DESCRIBE_APPS)).isEqualTo(opsWorksStacks);
        // Each OpsWorks stack is in a VPC of its own; the migrated stacks' groups are named by their instances.
        assertThat(CALLS.get(DemoOperation.DESCRIBE_SECURITY_GROUPS)).isEqualTo(opsWorksStacks);
        assertThat(CALLS.get(DemoOperation.DESCRIBE_EC2_INSTANCES))
                .isEqualTo(ec2BatchesOfOpsWorksStacks + ceilThousands(AccountScaleWorld.SCALING_INSTANCES));
    }

    @Test
    void groupsAndCloudFormationStacksAreListedNotDescribedOneByOne() {
        // Once for the stack list, once for the refresh, each in pages of 100 groups as AWS answers.
        assertThat(CALLS.get(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS)).isEqualTo(2 * groupPages());
        assertThat(CALLS.get(DemoOperation.DESCRIBE_CLOUDFORMATION_STACKS)).isEqualTo(2);
        assertThat(CALLS.get(DemoOperation.LIST_RESOURCE_GROUPS)).isEqualTo(1);
    }

    @Test
    void eachTemplateIsDescribedOnceWithItsVersionsInOneRequest() {
        int templates = AccountScaleWorld.SCALING_GROUPS;
        assertThat(CALLS.get(DemoOperation.DESCRIBE_LAUNCH_TEMPLATES)).isEqualTo(templates);
        assertThat(CALLS.get(DemoOperation.DESCRIBE_LAUNCH_TEMPLATE_VERSIONS)).isEqualTo(templates);
    }

    @Test
    void onlyWhatAwsAsksPerGroupOrStackIsReadPerGroupOrStack() {
        // DescribeInstanceRefreshes takes one group, ListStackResources one stack: no list form to page instead.
        assertThat(CALLS.get(DemoOperation.DESCRIBE_INSTANCE_REFRESHES)).isEqualTo(AccountScaleWorld.SCALING_GROUPS);
        assertThat(CALLS.get(DemoOperation.DESCRIBE_STACK_RESOURCES)).isEqualTo(migratedStacks);
    }

    @Test
    void nothingElseIsCalled() {
        long opsWorks = 1 + 4L * opsWorksStacks + ec2BatchesOfOpsWorksStacks;
        // Lists: group pages and CloudFormation stacks twice, Resource Groups once; per template two describes, per
        // group its refreshes, per stack its resources; EC2 per thousand instances.
        int groups = AccountScaleWorld.SCALING_GROUPS;
        long migrated = 2 * groupPages() + 2 + 1 + 2L * groups + groups + migratedStacks
                + ceilThousands(AccountScaleWorld.SCALING_INSTANCES);
        assertThat(CALLS.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(opsWorks + migrated);
    }

    private static long groupPages() {
        return (AccountScaleWorld.SCALING_GROUPS + DemoAccount.GROUPS_PER_PAGE - 1) / DemoAccount.GROUPS_PER_PAGE;
    }

    private static long ceilThousands(int instances) {
        return (instances + CloudAccount.MAX_EC2_IDS_PER_CALL - 1) / CloudAccount.MAX_EC2_IDS_PER_CALL;
    }
}
