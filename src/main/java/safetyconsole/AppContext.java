package safetyconsole;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Optional;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.context.StackContext;
import safetyconsole.guard.Arming;
import safetyconsole.guard.Guard;
import safetyconsole.guard.Planner;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.settings.AppDirectories;
import safetyconsole.settings.SettingsFile;
import safetyconsole.settings.UserSettings;

/**
 * The composition root: the only place that picks a provider and wires the services together.
 * {@code guard} is empty for a read-only source (nothing in the console can change it then).
 */
public record AppContext(
        CloudAccount account,
        StackContext stackContext,
        InventoryLoader inventoryLoader,
        Planner planner,
        Arming arming,
        Optional<Guard> guard,
        AuditLog auditLog,
        UserSettings settings,
        AppDirectories directories,
        Clock clock) {

    public static AppContext create(LaunchOptions options, AppDirectories directories) {
        UserSettings settings = SettingsFile.load(options.settingsFile().orElse(directories.settingsFile()));
        DemoAccount demo = DemoAccount.seeded();
        demo.faults().setLatency(options.demoLatency());
        return of(demo, demo, settings, directories, Clock.systemUTC(), AuditLog.Durability.SYNC);
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
                arming, guard, auditLog, settings, directories, clock);
    }

    /** Reads of one stack run side by side, at most this many at once (AWS rate limits are per account). */
    private static final int PARALLEL_READS = 4;
    private static final ExecutorService READ_POOL = Executors.newFixedThreadPool(PARALLEL_READS, runnable -> {
        Thread thread = new Thread(runnable, "cloud-read");
        thread.setDaemon(true);
        return thread;
    });
}
