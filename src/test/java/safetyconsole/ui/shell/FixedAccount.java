package safetyconsole.ui.shell;

import java.util.ArrayList;
import java.util.List;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.MigratedStacks;
import safetyconsole.testing.TestClocks;

/** An account holding just the given stacks, all empty: for stack data the demo seed does not have. */
final class FixedAccount extends EmptyAccount {

    private final List<Stack> stacks;

    FixedAccount(List<Stack> stacks) {
        super("Fixed test account",
                new CallerIdentity("999988887777", "arn:aws:iam::999988887777:user/tester", "AIDATEST"));
        this.stacks = List.copyOf(stacks);
    }

    /** shop-prod and shop-prod-v2 of the demo (empty here), and the migrated stacks of {@link MigratedStacks}. */
    static FixedAccount withMigratedStacks() {
        List<Stack> stacks = new ArrayList<>(DemoAccount.seeded(TestClocks.fixed()).describeStacks().stream()
                .filter(stack -> stack.name().startsWith("shop-prod")).toList());
        stacks.add(MigratedStacks.shopProdRails());
        stacks.add(MigratedStacks.nightlyBatch());
        return new FixedAccount(stacks);
    }

    @Override
    public List<Stack> describeStacks() {
        return stacks;
    }
}
