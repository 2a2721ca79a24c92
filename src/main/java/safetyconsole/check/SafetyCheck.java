package safetyconsole.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.AppContext;
import safetyconsole.attribution.Attribution;
import safetyconsole.attribution.AttributionTarget;
import safetyconsole.attribution.TrailCorrelator;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackDiscovery;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.inventory.StackInventory;
import safetyconsole.logrotate.LogRotationCheck;

/**
 * Runs the safety checks the console shows, without a window: pending security groups, double log rotation,
 * and instances gone since last seen with who was behind it. Records the sighting, like the window does.
 */
public final class SafetyCheck {

    private SafetyCheck() {
    }

    /**
     * @param stackNames stacks to check by exact name; empty means every stack
     * @throws IllegalArgumentException naming the stacks that do not exist
     */
    public static CheckReport run(AppContext app, Set<String> stackNames) {
        CallerIdentity caller = app.account().callerIdentity();
        StackDiscovery discovery = StackDiscovery.read(app.account());
        List<Stack> stacks = discovery.stacks().stream()
                .filter(s -> stackNames.isEmpty() || stackNames.contains(s.name()))
                .sorted(Comparator.comparing(Stack::name)).collect(Collectors.toList());
        Set<String> found = stacks.stream().map(Stack::name).collect(Collectors.toSet());
        List<String> unknown = stackNames.stream().filter(n -> !found.contains(n)).sorted()
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No stack named " + String.join(", ", unknown) + " in "
                    + app.account().description() + ".");
        }
        List<CheckReport.StackResult> results = new ArrayList<>();
        TrailCorrelator correlator = new TrailCorrelator(app.account(), app.account().endpointRegion());
        Instant now = app.clock().instant();
        for (Stack stack : stacks) {
            StackInventory inventory = app.inventoryLoader().load(stack);
            MissingInstances gone = app.inventoryHistory().record(caller.accountId(), inventory);
            List<Attribution> attributions = gone.gone().stream().filter(g -> g.ec2InstanceId() != null)
                    .map(g -> correlator.attribute(new AttributionTarget(g.id(), g.ec2InstanceId(), g.hostname(),
                            stack.region()), now.minus(Attribution.HISTORY), now))
                    .collect(Collectors.toList());
            results.add(new CheckReport.StackResult(inventory, app.stackContext().classify(stack),
                    DriftAnalyzer.analyze(inventory),
                    LogRotationCheck.check(inventory, a -> app.railsCode(caller.accountId(), stack, a)), gone,
                    attributions));
        }
        return new CheckReport(app.account().description(), caller, app.account().accountAlias(),
                discovery.unavailable(), results);
    }
}
