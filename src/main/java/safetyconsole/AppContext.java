package safetyconsole;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

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
import safetyconsole.settings.AppDirectories;
import safetyconsole.settings.SettingsFile;
import safetyconsole.settings.UserSettings;

/**
 * The composition root: the only place that picks a provider and wires the services together.
 * {@code guard} is empty for a read-only source (nothing in the console can change it then). Closing it closes the
 * account's connection, if it has one.
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
        Clock clock) implements AutoCloseable {

    /** The demo or a snapshot; AWS accounts need a connection first, which only the window or the check can ask for. */
    public static AppContext create(LaunchOptions options, AppDirectories directories, Clock clock) {
        if (options.aws().given()) {
            throw new IllegalArgumentException("Connect to AWS first, then use AppContext.aws");
        }
        if (options.snapshot().isPresent()) {
            return snapshot(options.snapshot().get(), options.settingsFile(), directories, clock);
        }
        return demo(options.settingsFile(), options.demoLatency(), directories, clock);
    }

    /** A read-only account from AWS CLI output files; throws SnapshotException naming what is wrong. */
    public static AppContext snapshot(Path folder, Optional<Path> settingsFile,
                                      AppDirectories directories, Clock clock) {
        UserSettings settings = SettingsFile.load(settingsFile.orElse(directories.settingsFile()));
        return of(SnapshotAccount.open(folder), null, settings, directories, clock, AuditLog.Durability.SYNC);
    }

    /** The user's AWS profiles and the way to connect with them (reads the profile files: not on the FX thread). */
    public static AccountConnector awsConnector(Clock clock) {
        return AwsConnector.forCurrentUser(clock);
    }

    /** A connected AWS account, writable through the guard; closing the context closes the connection. */
    public static AppContext aws(AccountConnector.Connection connection, Optional<Path> settingsFile,
                                 AppDirectories directories, Clock clock) {
        UserSettings settings = SettingsFile.load(settingsFile.orElse(directories.settingsFile()));
        return of(connection, connection, settings, directories, clock, AuditLog.Durability.SYNC);
    }

    @Override
    public void close() {
        if (account instanceof AccountConnector.Connection) {
            ((AccountConnector.Connection) account).close();
        }
    }

    /**
     * The built-in demo account, its stories told just before the clock's now, with the Rails code of its sample
     * apps; every call slowed by {@code latency}.
     */
    public static AppContext demo(Optional<Path> settingsFile, Duration latency,
                                  AppDirectories directories, Clock clock) {
        UserSettings settings = SettingsFile.load(settingsFile.orElse(directories.settingsFile()));
        DemoAccount demo = DemoAccount.seeded(clock);
        demo.faults().setLatency(latency);
        AppContext context = of(demo, demo, settings, directories, clock, AuditLog.Durability.SYNC)
                .withInventoryHistory(demoHistory(demo));
        return context.withBuiltInRailsCode((stack, app) -> DemoRailsSamples.forApp(stack.name(), app.shortname())
                .map(files -> RailsSource.of("demo sample of " + app.name() + " (" + stack.name() + ")", files)));
    }

    /** The same context with another inventory history (the demo's, which remembers an earlier visit). */
    public AppContext withInventoryHistory(InventoryHistory history) {
        return new AppContext(account, stackContext, inventoryLoader, planner, arming, guard, auditLog, railsLinks,
                history, builtInRailsCode, settings, directories, clock);
    }

    /** The demo's history lives in memory and starts with the visit before its stories: so one is missing now. */
    private static InventoryHistory demoHistory(DemoAccount demo) {
        InventoryHistory history = InventoryHistory.inMemory();
        String accountId = demo.callerIdentity().accountId();
        for (Stack stack : demo.describeStacks()) {
            Map<String, String> layerNames = new HashMap<>();
            demo.describeLayers(stack.id()).forEach(l -> layerNames.put(l.id(), l.name()));
            List<Sighting.SeenInstance> seen = demo.instancesAtEarlierVisit(stack.id()).stream()
                    .map(i -> new Sighting.SeenInstance(i.id(), i.hostname(), i.ec2InstanceId(), i.layerIds(),
                            i.layerIds().stream().map(id -> layerNames.getOrDefault(id, id)).toList())).toList();
            history.remember(accountId, stack.id(), new Sighting(demo.earlierVisit(), seen));
        }
        return history;
    }

    /** The same context, with Rails code for apps nobody linked (the demo's samples). */
    public AppContext withBuiltInRailsCode(BiFunction<Stack, App, Optional<RailsSource>> code) {
        return new AppContext(account, stackContext, inventoryLoader, planner, arming, guard, auditLog, railsLinks,
                inventoryHistory, code, settings, directories, clock);
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
        AuditLog auditLog = new AuditLog(directories.data().resolve("audit.jsonl"), clock, durability);
        Arming arming = new Arming(clock, Arming.DEFAULT_LENGTH, Arming.DEFAULT_IDLE_LIMIT);
        Optional<Guard> guard = Optional.ofNullable(operations)
                .map(ops -> new Guard(account, ops, auditLog, arming, Operator.current(), clock));
        return new AppContext(account, stackContext, new InventoryLoader(account, clock, READ_POOL), new Planner(clock),
                arming, guard, auditLog, new RailsLinks(directories.data().resolve("rails-links.json")),
                InventoryHistory.inFile(directories.data().resolve("inventory-history.json")),
                (stack, app) -> Optional.empty(), settings, directories, clock);
    }

    /** Reads of one stack run side by side, at most this many at once (AWS rate limits are per account). */
    private static final int PARALLEL_READS = 4;
    private static final ExecutorService READ_POOL = Executors.newFixedThreadPool(PARALLEL_READS, runnable -> {
        Thread thread = new Thread(runnable, "cloud-read");
        thread.setDaemon(true);
        return thread;
    });
}
