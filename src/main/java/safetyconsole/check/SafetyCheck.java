package safetyconsole.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.AppContext;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.Stack;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.inventory.StackInventory;
import safetyconsole.logrotate.LogRotationCheck;

/** Runs the safety checks the console shows, without a window: pending security groups, double log rotation. */
public final class SafetyCheck {

    private SafetyCheck() {
    }

    /**
     * @param stackNames stacks to check by exact name; empty means every stack
     * @throws IllegalArgumentException naming the stacks that do not exist
     */
    public static CheckReport run(AppContext app, Set<String> stackNames) {
        CallerIdentity caller = app.account().callerIdentity();
        List<Stack> stacks = app.account().describeStacks().stream()
                .filter(s -> stackNames.isEmpty() || stackNames.contains(s.name()))
                .sorted(java.util.Comparator.comparing(Stack::name)).collect(Collectors.toList());
        Set<String> found = stacks.stream().map(Stack::name).collect(Collectors.toSet());
        List<String> missing = stackNames.stream().filter(n -> !found.contains(n)).sorted().collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No stack named " + String.join(", ", missing) + " in "
                    + app.account().description() + ".");
        }
        List<CheckReport.StackResult> results = new ArrayList<>();
        for (Stack stack : stacks) {
            StackInventory inventory = app.inventoryLoader().load(stack);
            results.add(new CheckReport.StackResult(inventory, app.stackContext().classify(stack),
                    DriftAnalyzer.analyze(inventory),
                    LogRotationCheck.check(inventory, a -> app.railsCode(caller.accountId(), stack, a))));
        }
        return new CheckReport(app.account().description(), caller, results);
    }
}
