package safetyconsole;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;

import safetyconsole.attribution.scaling.ScalingChains;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.aws.AwsConnector;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoRailsSamples;
import safetyconsole.cloud.snapshot.SnapshotAccount;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.context.StackContext;
import safetyconsole.guard.Arming;
import safetyconsole.guard.Guard;
import safetyconsole.guard.Planner;
import safetyconsole.inventory.InventoryHistory;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.Sighting;
import safetyconsole.logrotate.RailsLinks;
import safetyconsole.logrotate.RailsSource;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.GoneFromGroups;
import safetyconsole.migrated.GroupSightings;
import safetyconsole.migrated.ScalingStackLoader;
import safetyconsole.settings.AppDirectories;
import safetyconsole.settings.SettingsFile;
import safetyconsole.settings.UserSettings;

/**
 * The composition root: the only place that picks a provider and wires the services together.
 * {@code guard} is empty for a read-only source (nothing in the console can change it then).
 * <p>
 * It owns the threads its services read on: {@code cloudReads} (a stack's describes side by side) and, for an
 * AWS account, the connection's side-read pool (made by {@link #awsConnector(Clock)}). {@link #close()} shuts them
 * down and closes the account's connection, if it has one. Its audit log decodes on
 * {@link ThreadPools#auditDecoders()}, which every context shares and nobody shuts down (its threads end when idle).
 * <p>
 * {@code stackRegions}: the regions whose migrated stacks are read; empty, the region the account opens in.
 */
public record AppContext(
        CloudAccount account,
        StackContext stackContext,
        InventoryLoader inventoryLoader,
        Planner planner,
        Arming arming,
        Optional<Guard> guard,
        AuditLog auditLog,
        RailsLinks railsLinks,
        InventoryHistory inventoryHistory,
        BiFunction<Stack, App, Optional<RailsSource>> builtInRailsCode,
        UserSettings settings,
        AppDirectories directories,
        Clock clock,
        ExecutorService cloudReads,
        List<String> stackRegions) implements AutoCloseable {

    /** Reads of one stack run side by side, at most this many at once (AWS rate limits are per account). */
    private static final int PARALLEL_READS = 4;
    /** Small reads of an AWS connection (tags per stack, the account alias), at most this many at once. */
    private static final int PARALLEL_SIDE_READS = 4;

    public AppContext {
        stackRegions = List.copyOf(stackRegions);
    }

    /** The demo or a snapshot; AWS accounts need a connection first, which only the window or the check can ask for. */
    public static AppContext create(LaunchOptions options, AppDirectories directories, Clock clock) {
        if (options.aws().given()) {
            throw new IllegalArgumentException("Connect to AWS first, then use AppContext.aws");
        }
        AppContext context = options.snapshot().isPresent()
                ? snapshot(options.snapshot().get(), options.settingsFile(), directories, clock)
                : demo(options.settingsFile(), options.demoLatency(), options.demoScale(), directories, clock);
        return context.withStackRegions(options.regions());
    }

    /** A read-only account from AWS CLI output files; throws SnapshotException naming what is wrong. */
    public static AppContext snapshot(Path folder, Optional<Path> settingsFile,
                                      AppDirectories directories, Clock clock) {
        UserSettings settings = SettingsFile.load(settingsFile, directories.settingsFile());
        return of(SnapshotAccount.open(folder), null, settings, directories, clock, AuditLog.Durability.SYNC);
    }

    /**
     * The user's AWS profiles and the way to connect with them (reads the profile files: not on the FX thread).
     * Each connection gets a pool of its own for its small reads and shuts it down when closed.
     */
    public static AccountConnector awsConnector(Clock clock) {
        return AwsConnector.forCurrentUser(clock, () -> ThreadPools.fixed("aws-side-read", PARALLEL_SIDE_READS));
    }

    /** A connected AWS account, writable through the guard; closing the context closes the connection. */
    public static AppContext aws(AccountConnector.Connection connection, Optional<Path> settingsFile,
                                 AppDirectories directories, Clock clock) {
        UserSettings settings = SettingsFile.load(settingsFile, directories.settingsFile());
        return of(connection, connection, settings, directories, clock, AuditLog.Durability.SYNC);
    }

    /** At exit or when the window switches accounts: stops the reads and closes the connection. */
    @Override
    public void close() {
        cloudReads.shutdownNow();
        if (account instanceof AccountConnector.Connection connection) {
            connection.close();
        }
    }

    /**
     * The built-in demo account, its stories told just before the clock's now, with the Rails code of its sample
     * apps; every call slowed by {@code latency}.
     */
    public static AppContext demo(Optional<Path> settingsFile, Duration latency,
                                  AppDirectories directories, Clock clock) {
        return demo(settingsFile, latency, DemoScale.STORIES, directories, clock);
    }

    /** The demo account of {@code scale}; the account scale takes a second or two to generate: not on the FX thread. */
    public static AppContext demo(Optional<Path> settingsFile, Duration latency, DemoScale scale,
                                  AppDirectories directories, Clock clock) {
        UserSettings settings = SettingsFile.load(settingsFile, directories.settingsFile());
        DemoAccount demo = switch (scale) {
            case STORIES -> DemoAccount.seeded(clock);
            case ACCOUNT -> DemoAccount.accountScale(clock);
        };
        demo.faults().setLatency(latency);
        AppContext context = of(demo, demo, settings, directories, clock, AuditLog.Durability.SYNC)
                .withInventoryHistory(demoHistory(demo));
        return context.withBuiltInRailsCode((stack, app) -> DemoRailsSamples.forApp(stack, app.shortname())
                .map(files -> RailsSource.of("demo sample of " + app.name() + " (" + stack.name() + ")", files)));
    }

    /** The same context with another inventory history (the demo's, which remembers an earlier visit). */
    public AppContext withInventoryHistory(InventoryHistory history) {
        return new AppContext(account, stackContext, inventoryLoader, planner, arming, guard, auditLog, railsLinks,
                history, builtInRailsCode, settings, directories, clock, cloudReads, stackRegions);
    }

    /**
     * The demo's history lives in memory and starts with the visits before its stories: so an OpsWorks instance is
     * missing now, and instances of migrated stacks' groups (bob's loss, carol's replacement).
     */
    private static InventoryHistory demoHistory(DemoAccount demo) {
        InventoryHistory history = InventoryHistory.inMemory();
        String accountId = demo.callerIdentity().accountId();
        for (Stack stack : AccountStacks.read(demo).stacks()) {
            if (stack.isOpsWorks()) {
                Map<String, String> layerNames = new HashMap<>();
                demo.describeLayers(stack.id()).forEach(l -> layerNames.put(l.id(), l.name()));
                List<Sighting.SeenInstance> seen = demo.instancesAtEarlierVisit(stack.id()).stream()
                        .map(i -> Sighting.SeenInstance.of(i, id -> layerNames.getOrDefault(id, id))).toList();
                history.remember(accountId, stack.id(), new Sighting(demo.earlierVisit(), seen));
            } else {
                Optional.ofNullable(demo.groupInstancesAtEarlierVisit().get(stack.id())).ifPresent(groups ->
                        history.remember(accountId, stack.id(),
                                GroupSightings.of(stack, groups, demo.earlierVisitOfGroups())));
            }
        }
        return history;
    }

    /** The same context, with Rails code for apps nobody linked (the demo's samples). */
    public AppContext withBuiltInRailsCode(BiFunction<Stack, App, Optional<RailsSource>> code) {
        return new AppContext(account, stackContext, inventoryLoader, planner, arming, guard, auditLog, railsLinks,
                inventoryHistory, code, settings, directories, clock, cloudReads, stackRegions);
    }

    /** The same context, reading the migrated stacks of {@code regions} (empty: the account's own region). */
    public AppContext withStackRegions(List<String> regions) {
        return new AppContext(account, stackContext, inventoryLoader, planner, arming, guard, auditLog, railsLinks,
                inventoryHistory, builtInRailsCode, settings, directories, clock, cloudReads, regions);
    }

    /** Reads one stack of the migrated kinds (CloudFormation stacks and Auto Scaling groups) on this account. */
    public ScalingStackLoader scalingStackLoader() {
        return new ScalingStackLoader(account, clock);
    }

    /** What went from the migrated stacks' groups since the console last saw them, and who was behind it. */
    public GoneFromGroups goneFromGroups() {
        return new GoneFromGroups(inventoryHistory, new ScalingChains(account, clock), clock);
    }

    /** The Rails code of an app: what the operator linked, else the built-in code, if any. */
    public Optional<RailsSource> railsCode(String accountId, Stack stack, App app) {
        return railsLinks.get(accountId, app).map(RailsLinks.Link::source)
                .or(() -> builtInRailsCode.apply(stack, app));
    }

    /** @param operations null for a read-only source */
    public static AppContext of(CloudAccount account, CloudOperations operations, UserSettings settings,
                                AppDirectories directories, Clock clock, AuditLog.Durability durability) {
        StackContext stackContext = new StackContext(new EnvironmentClassifier(settings.environmentOverrides()));
        AuditLog auditLog = new AuditLog(directories.auditLogFile(), directories.auditAnchorFile(), clock,
                durability, ThreadPools.auditDecoders());
        Arming arming = new Arming(clock, Arming.DEFAULT_LENGTH, Arming.DEFAULT_IDLE_LIMIT);
        // Worked out here, off the FX thread, even for a read-only source: the audit window names it too.
        Operator operator = Operator.current();
        Optional<Guard> guard = Optional.ofNullable(operations)
                .map(ops -> new Guard(account, ops, auditLog, arming, operator, clock));
        ExecutorService cloudReads = ThreadPools.fixed("cloud-read", PARALLEL_READS);
        return new AppContext(account, stackContext, new InventoryLoader(account, clock, cloudReads),
                new Planner(clock), arming, guard, auditLog, new RailsLinks(directories.railsLinksFile()),
                InventoryHistory.inFile(directories.inventoryHistoryFile()),
                (stack, app) -> Optional.empty(), settings, directories, clock, cloudReads, List.of());
    }
}
