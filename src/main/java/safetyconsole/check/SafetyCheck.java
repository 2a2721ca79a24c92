package safetyconsole.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.AppContext;
import safetyconsole.attribution.Attribution;
import safetyconsole.attribution.AttributionTarget;
import safetyconsole.attribution.TrailCorrelator;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.context.Classification;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.inventory.StackInventory;
import safetyconsole.logrotate.LogRotationCheck;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.GoneFromGroups;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.ScalingStackLoader;

/**
 * Runs the safety checks the console shows, without a window: pending security groups, double log rotation,
 * and instances gone since last seen with who was behind it (records the sighting, like the window does); the launch
 * template drift and log rotation of the stacks migrated off OpsWorks, and the instances gone from their groups with
 * the chain back to a person.
 */
public final class SafetyCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SafetyCheck.class);

    private SafetyCheck() {
    }

    /**
     * @param stackNames stacks to check by exact name; empty means every stack
     * @throws IllegalArgumentException naming the stacks that do not exist
     */
    public static CheckReport run(AppContext app, Set<String> stackNames) {
        CallerIdentity caller = app.account().callerIdentity();
        AccountStacks discovery = AccountStacks.read(app.account(), app.stackRegions());
        List<Stack> chosen = discovery.stacks().stream()
                .filter(s -> stackNames.isEmpty() || stackNames.contains(s.name())).collect(Collectors.toList());
        Set<String> found = chosen.stream().map(Stack::name).collect(Collectors.toSet());
        List<String> unknown = stackNames.stream().filter(n -> !found.contains(n)).sorted()
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No stack named " + String.join(", ", unknown) + " in "
                    + app.account().description() + ".");
        }
        List<Stack> stacks = chosen.stream().filter(Stack::isOpsWorks).sorted(Comparator.comparing(Stack::name))
                .collect(Collectors.toList());
        List<CheckReport.StackResult> results = new ArrayList<>();
        TrailCorrelator correlator = new TrailCorrelator(app.account(), app.account().endpointRegion());
        Instant now = app.clock().instant();
        List<ServiceNotice> notices = new ArrayList<>(discovery.notices());
        for (Stack stack : stacks) {
            try {
                results.add(opsWorks(app, stack, caller.accountId(), correlator, now));
            } catch (CloudException e) {
                LOG.warn("Stack {} not checked", stack.name(), e);
                notices.add(ServiceNotice.itemFailed(OptionalService.OPSWORKS_STACKS, stack.name(), e));
            } catch (RuntimeException e) {
                notices.add(ServiceNotice.itemFailed(OptionalService.OPSWORKS_STACKS, stack.name(),
                        unexpected(stack, e)));
            }
        }
        GoneFromGroups goneFromGroups = app.goneFromGroups();
        // Every migrated stack in one refresh: lists read once, not once per stack.
        ScalingStackLoader loader = app.scalingStackLoader().forOneRefresh();
        List<MigratedStackResult> migrated = chosen.stream().filter(stack -> !stack.isOpsWorks())
                .map(stack -> migrated(app, loader, stack, caller.accountId(), goneFromGroups))
                .collect(Collectors.toList());
        return new CheckReport(app.account().description(), caller, app.account().accountAlias(),
                discovery.regions(), notices, results, migrated);
    }

    private static CheckReport.StackResult opsWorks(AppContext app, Stack stack, String accountId,
                                                    TrailCorrelator correlator, Instant now) {
        StackInventory inventory = app.inventoryLoader().load(stack);
        MissingInstances gone = app.inventoryHistory().record(accountId, inventory);
        List<Attribution> attributions = gone.gone().stream().filter(g -> g.ec2InstanceId() != null)
                .map(g -> correlator.attribute(new AttributionTarget(g.id(), g.ec2InstanceId(), g.hostname(),
                        stack.region()), now.minus(Attribution.HISTORY), now))
                .collect(Collectors.toList());
        return new CheckReport.StackResult(inventory, app.stackContext().classify(stack),
                DriftAnalyzer.analyze(inventory),
                LogRotationCheck.check(inventory, a -> app.railsCode(accountId, stack, a)), gone, attributions);
    }

    /**
     * One stack that cannot be read is NOT CHECKED; the others are checked all the same. Records the sighting, as
     * for OpsWorks stacks, and explains what went from its groups.
     */
    private static MigratedStackResult migrated(AppContext app, ScalingStackLoader loader, Stack stack,
                                                String accountId, GoneFromGroups goneFromGroups) {
        Classification classification = app.stackContext().classify(stack);
        try {
            ScalingStackInventory inventory = loader.load(stack);
            MigratedLogRotation logRotation = MigratedLogRotation.check(app.account(), inventory,
                    rails -> app.railsCode(accountId, stack, rails), Optional.empty());
            return new MigratedStackResult(stack, classification, Optional.of(inventory), Optional.empty(),
                    goneFromGroups.record(accountId, inventory), Optional.of(logRotation));
        } catch (CloudException e) {
            LOG.warn("Stack {} not read", stack.name(), e);
            return new MigratedStackResult(stack, classification, Optional.empty(), Optional.of(e), List.of(),
                    Optional.empty());
        } catch (RuntimeException e) {
            return new MigratedStackResult(stack, classification, Optional.empty(), Optional.of(unexpected(stack, e)),
                    List.of(), Optional.empty());
        }
    }

    /** One stack's unexpected failure is that stack's NOT CHECKED; the others are still reported. */
    private static CloudException unexpected(Stack stack, RuntimeException e) {
        LOG.error("Stack {} not checked", stack.name(), e);
        return new CloudException(CloudException.Kind.UNKNOWN, "checking it failed unexpectedly", e);
    }
}
