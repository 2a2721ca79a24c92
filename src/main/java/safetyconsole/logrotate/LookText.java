package safetyconsole.logrotate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import safetyconsole.logrotate.InstanceLogrotateLook.LogFile;
import safetyconsole.logrotate.InstanceLogrotateLook.LogrotateFile;
import safetyconsole.logrotate.InstanceLogrotateLook.Section;

/**
 * A look's findings in words and lines to show, the same on any machine: times in UTC, numbers in
 * {@link Locale#ROOT}, and everything the instance wrote escaped ({@link ShownText}).
 */
public final class LookText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private LookText() {
    }

    /** "On i-0abc (command 1f2e…), /srv/www/shop/shared/log: 1 logrotate file names it." */
    public static String summary(InstanceLogrotateLook look) {
        long naming = look.filesNamingTheLog().size();
        return "On " + look.instanceId() + " (command " + look.commandId() + "), " + look.logDirectory() + ": "
                + (naming == 0 ? "no logrotate file names it" : naming == 1 ? "1 logrotate file names it"
                : naming + " logrotate files name it") + (look.cut() ? " so far" : "") + ".";
    }

    /** Why part of the look is missing, when it is. */
    public static String cutNotice(Section where) {
        return "The output reached the 24,000 characters Systems Manager keeps (or stopped early): "
                + switch (where) {
                    case FILES -> "the logrotate files, logrotate -d's findings and the log files";
                    case DRY_RUN -> "logrotate -d's findings and the log files";
                    case LOG_FILES -> "the list of log files";
                } + " may be incomplete.";
    }

    /** "/etc/logrotate.d/opsworks_app_shop — names the log directory; the old OpsWorks file; cut short". */
    public static String fileHeading(LogrotateFile file) {
        return ShownText.escaped(file.path()) + (file.namesLogDirectory() ? " \u2014 names the log directory"
                : " \u2014 does not name the log directory") + (file.fromOpsWorks() ? "; the old OpsWorks file" : "")
                + (file.complete() ? "" : "; cut short");
    }

    /** The file's text, line by line, each escaped. */
    public static String fileText(LogrotateFile file) {
        return file.text().lines().map(ShownText::escaped).collect(Collectors.joining("\n"));
    }

    public static String dryRun(InstanceLogrotateLook look) {
        return look.dryRunLines().stream().map(ShownText::escaped).collect(Collectors.joining("\n"));
    }

    /** "production.log   17.9 MiB  2026-12-01 09:58 UTC", one line per file. */
    public static String logFiles(InstanceLogrotateLook look) {
        return look.logFiles().stream().map(file -> logFile(look, file)).collect(Collectors.joining("\n"));
    }

    static String logFile(InstanceLogrotateLook look, LogFile file) {
        String name = file.path().substring(look.logDirectory().length() + 1);
        return String.format(Locale.ROOT, "%-32s %10s  %s", ShownText.escaped(name), size(file.sizeBytes()),
                TIME.format(file.modified()));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
