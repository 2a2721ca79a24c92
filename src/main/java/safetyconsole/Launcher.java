package safetyconsole;

import safetyconsole.settings.AppDirectories;
import safetyconsole.ui.shell.ConsoleApp;

/**
 * Plain {@code main}: parses the command line, builds the {@link AppContext}, opens the window.
 * Not a JavaFX Application itself, so the app starts from a plain class path (and a packaged jar).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.InvalidOptionsException e) {
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
        // Before the first logger is created: logback.xml reads it to place the log file.
        System.setProperty("safetyconsole.logDir", directories.logs().toString());
        ConsoleApp.launch(AppContext.create(options, directories), options.smokeTest());
    }
}
