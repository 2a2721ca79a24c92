package safetyconsole.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import safetyconsole.AppClock;
import safetyconsole.AppContext;
import safetyconsole.AwsOptions;
import safetyconsole.CommandLine;
import safetyconsole.LaunchOptions;
import safetyconsole.LoggingConfigurator;
import safetyconsole.ThreadPools;
import safetyconsole.check.CheckCommand;
import safetyconsole.check.ConsoleMfaPrompt;
import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.snapshot.SnapshotException;
import safetyconsole.settings.AppDirectories;
import safetyconsole.ui.shell.Accounts;
import safetyconsole.ui.shell.ConsoleApp;
import safetyconsole.ui.shell.OpenAccount;

/**
 * Plain {@code main}: parses the command line, builds the {@link AppContext}, opens the window.
 * Not a JavaFX Application itself, so the app starts from a plain class path (and a packaged jar).
 * In a package of its own, above everything it starts: the composition root below it and the window's
 * composition, which depends on the composition root, would otherwise form a cycle with it.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Clock clock;
        try {
            // The app clock, from the machine's: everything else is handed it (the smoke test aside, below). In UTC:
            // the console reads only instants from it (the views show them in the machine's zone), and looking the
            // machine's zone up first scans every jar of the class path, tens of ms before the window could start.
            clock = AppClock.startingAt(System.getProperty(AppClock.NOW_PROPERTY), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (args.length > 0 && args[0].equals("check")) {
            AppDirectories directories = AppDirectories.forCurrentUser();
            System.setProperty(LoggingConfigurator.LOG_FILE_PROPERTY, directories.logFile().toString());
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            // The check prints one sentence per failure; the log, traces and all, reaches the terminal on request.
            System.setProperty(LoggingConfigurator.CONSOLE_PROPERTY,
                    Boolean.toString(Arrays.asList(rest).contains(CheckCommand.VERBOSE)));
            System.exit(CheckCommand.run(rest, new CheckCommand.Contexts() {
                @Override
                public AppContext demo(Optional<Path> settings) {
                    return AppContext.demo(settings, Duration.ZERO, directories, clock);
                }

                @Override
                public AppContext snapshot(Path folder, Optional<Path> settings) {
                    return AppContext.snapshot(folder, settings, directories, clock);
                }

                @Override
                public AppContext aws(AwsOptions aws, Optional<Path> settings) {
                    AccountConnector connector = AppContext.awsConnector(clock);
                    AccountConnector.Connection connection = connector.connect(aws.request(connector),
                            ConsoleMfaPrompt.forSystemConsole());
                    return AppContext.aws(connection, settings, directories, clock);
                }
            }, System.out, System.err));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (CommandLine.InvalidOptionsException e) {
            System.err.println(e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        AppDirectories directories = AppDirectories.forCurrentUser();
        // Before the first logger is created: the logging configurator reads it to place the log file.
        System.setProperty(LoggingConfigurator.LOG_FILE_PROPERTY, directories.logFile().toString());
        Accounts accounts = new Accounts(() -> AppContext.awsConnector(clock),
                () -> new OpenAccount(AppContext.demo(options.settingsFile(), Duration.ZERO, options.demoScale(),
                        directories, clock)),
                (connection, regions) -> new OpenAccount(AppContext.aws(connection, options.settingsFile(),
                        directories, clock).withStackRegions(regions)),
                directories);
        if (options.aws().given()) {
            AccountConnector.Request request;
            try {
                AccountConnector.Request resolved = options.aws().request(accounts.connector());
                request = new AccountConnector.Request(resolved.profile(), resolved.region(), resolved.endpoint(),
                        options.regions());
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
                return;
            }
            // The window connects (off the FX thread, with a dialog for MFA and for what went wrong).
            ConsoleApp.launchConnecting(request, accounts);
            return;
        }
        CompletableFuture<OpenAccount> account;
        if (options.snapshot().isPresent()) {
            // A snapshot is checked before any window opens: a broken one is a clear message, not an empty console.
            try {
                account = CompletableFuture.completedFuture(
                        new OpenAccount(AppContext.create(options, directories, clock)));
            } catch (SnapshotException e) {
                System.err.println(e.getMessage());
                System.exit(2);
                return;
            }
        } else {
            // Built while JavaFX starts up (both take a while); the window waits for it only if it is not done.
            ExecutorService startup = ThreadPools.fixed("context-startup", 1);
            account = CompletableFuture.supplyAsync(() -> {
                // The views show times in the machine's zone: looked up here, beside JavaFX's start, not on FX.
                ZoneId.systemDefault();
                return new OpenAccount(AppContext.create(options, directories, clock));
            }, startup);
            // Takes no more work: its one thread ends once the context is built.
            startup.shutdown();
        }
        // The smoke test's epoch ms is compared with the machine's `date` (packaging/bench-startup.sh), so it is
        // the machine's clock, not the app clock that safetyconsole.now can shift.
        ConsoleApp.launch(account, accounts, options.smokeTest(), Clock.systemUTC());
    }
}
