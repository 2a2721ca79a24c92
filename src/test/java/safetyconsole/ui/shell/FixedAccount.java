package safetyconsole.ui.shell;

import java.util.List;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.Stack;

/** An account holding just the given stacks, all empty: for stack data the demo seed does not have. */
final class FixedAccount extends EmptyAccount {

    private final List<Stack> stacks;

    FixedAccount(List<Stack> stacks) {
        super("Fixed test account",
                new CallerIdentity("999988887777", "arn:aws:iam::999988887777:user/tester", "AIDATEST"));
        this.stacks = List.copyOf(stacks);
    }

    @Override
    public List<Stack> describeStacks() {
        return stacks;
    }
}
