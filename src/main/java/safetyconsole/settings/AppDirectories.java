package safetyconsole.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the console keeps its files, following each OS's convention: XDG base directories on Linux,
 * {@code %APPDATA%} / {@code %LOCALAPPDATA%} on Windows, {@code ~/Library/...} on macOS. Every file's name is
 * written here and nowhere else: the About dialog shows the same paths the console writes to.
 */
public record AppDirectories(Path config, Path data, Path logs) {

    static final String LINUX_NAME = "opsworks-safety-console";
    static final String DESKTOP_NAME = "OpsWorks Safety Console";

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    /** The local hash-chained audit log. */
    public Path auditLogFile() {
        return data.resolve("audit.jsonl");
    }

    /**
     * Where the audit log's end is recorded after each entry: not beside the log, so that one file cut back or
     * replaced does not take the record with it (on Linux the XDG state folder).
     */
    public Path auditAnchorFile() {
        return logs.resolve("audit-anchor.txt");
    }

    /** Which Rails code the operator linked to which app. */
    public Path railsLinksFile() {
        return data.resolve("rails-links.json");
    }

    /** The instances seen at each stack's last visit (to tell what went missing since). */
    public Path inventoryHistoryFile() {
        return data.resolve("inventory-history.json");
    }

    /** The last AWS profile and region connected to, offered again by the connect dialog. */
    public Path lastConnectionFile() {
        return data.resolve("connection.json");
    }

    /** The main window's size and place. */
    public Path windowBoundsFile() {
        return data.resolve("window.properties");
    }

    /** The current log file; rolled-over ones sit beside it. */
    public Path logFile() {
        return logs.resolve("console.log");
    }

    public static AppDirectories forCurrentUser() {
        return of(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static AppDirectories of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = pathOr(env, "APPDATA", home.resolve("AppData").resolve("Roaming")).resolve(DESKTOP_NAME);
            Path local = pathOr(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve(DESKTOP_NAME);
            return new AppDirectories(roaming, roaming, local.resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(DESKTOP_NAME);
            return new AppDirectories(support, support, home.resolve("Library").resolve("Logs").resolve(DESKTOP_NAME));
        }
        return new AppDirectories(
                pathOr(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(LINUX_NAME),
                pathOr(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(LINUX_NAME),
                pathOr(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(LINUX_NAME));
    }

    /** XDG says relative values are invalid and must be ignored. */
    private static Path pathOr(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
