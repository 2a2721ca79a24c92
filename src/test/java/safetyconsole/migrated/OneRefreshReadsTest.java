package safetyconsole.migrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.testing.TestClocks;

/** One refresh of every migrated stack reads what stack-by-stack loads read, in fewer calls, even when a list fails. */
class OneRefreshReadsTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final ScalingStackLoader loader = new ScalingStackLoader(account, TestClocks.fixed());
    private final List<Stack> migrated = AccountStacks.read(account).stacks().stream()
            .filter(stack -> !stack.isOpsWorks()).toList();

    @Test
    void everyStackIsReadAsOnItsOwnWithTheGroupsListedOnce() {
        account.faults().resetCounts();
        List<ScalingStackInventory> oneByOne = migrated.stream().map(loader::load).toList();
        long oneByOneCalls = account.faults().totalCalls();
        account.faults().resetCounts();
        ScalingStackLoader refresh = loader.forOneRefresh();
        List<ScalingStackInventory> together = migrated.stream().map(refresh::load).toList();

        assertThat(migrated).hasSizeGreaterThan(2);
        assertThat(together).isEqualTo(oneByOne);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS)).isEqualTo(1);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_CLOUDFORMATION_STACKS)).isEqualTo(1);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_EC2_INSTANCES)).isEqualTo(1);
        assertThat(account.faults().totalCalls()).isLessThan(oneByOneCalls);
    }

    @Test
    void listsThatCannotBeReadFallBackToOneItemAtATime() {
        account.faults().resetCounts();
        List<ScalingStackInventory> oneByOne = migrated.stream().map(loader::load).toList();
        long groupReadsOneByOne = account.faults().callCount(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS);
        long stackReadsOneByOne = account.faults().callCount(DemoOperation.DESCRIBE_CLOUDFORMATION_STACKS);
        account.faults().failNext(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS, CloudException.Kind.THROTTLED);
        account.faults().failNext(DemoOperation.DESCRIBE_CLOUDFORMATION_STACKS, CloudException.Kind.THROTTLED);
        account.faults().resetCounts();
        ScalingStackLoader refresh = loader.forOneRefresh();

        assertThat(migrated.stream().map(refresh::load).toList()).isEqualTo(oneByOne);
        // Each failed list, then every group and stack asked for on its own, as the loads one by one ask them: a
        // list read again instead would count 2.
        assertThat(groupReadsOneByOne).isGreaterThan(1);
        assertThat(stackReadsOneByOne).isGreaterThan(1);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_AUTO_SCALING_GROUPS))
                .isEqualTo(1 + groupReadsOneByOne);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_CLOUDFORMATION_STACKS))
                .isEqualTo(1 + stackReadsOneByOne);
    }

    @Test
    void instancesThatCannotBeReadInAdvanceAreAskedAsEachStackNeedsThem() {
        List<ScalingStackInventory> oneByOne = migrated.stream().map(loader::load).toList();
        account.faults().failNext(DemoOperation.DESCRIBE_EC2_INSTANCES, CloudException.Kind.THROTTLED);
        account.faults().resetCounts();
        ScalingStackLoader refresh = loader.forOneRefresh();

        assertThat(migrated.stream().map(refresh::load).toList()).isEqualTo(oneByOne);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_EC2_INSTANCES)).isEqualTo(1 + migrated.size());
    }
}
