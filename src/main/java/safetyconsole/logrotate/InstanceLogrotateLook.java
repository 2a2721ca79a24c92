package safetyconsole.logrotate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the guarded look on one instance found about the Rails log's rotation, parsed from the fixed read-only
 * script's output. Everything in it is what the instance said: a compromised instance writes whatever it likes,
 * so the strings are kept as written (escape them when shown) and what could not be parsed is in
 * {@code unparsed}, in words, never dropped silently.
 *
 * @param logDirectory   the Rails log directory the script looked for, e.g. {@code /srv/www/shop/shared/log}
 * @param logrotateFound whether the instance has a {@code logrotate} command at all
 * @param files          the files under {@code /etc/logrotate.d} that name the log directory, and every old
 *                       {@code opsworks_app_*} file whether it names it or not, with their text
 * @param dryRunLines    what {@code logrotate -d} said about the log directory (its patterns, its errors)
 * @param logFiles       the files in the log directory: the logs and what rotation left of them,
 *                       with sizes and times
 * @param cutIn          where the output stopped, when it reached the service's 24,000 characters: that part
 *                       and everything after it are incomplete
 * @param unparsed       what the output held that could not be read, one sentence each
 */
public record InstanceLogrotateLook(
        String instanceId,
        String commandId,
        String logDirectory,
        boolean logrotateFound,
        List<LogrotateFile> files,
        List<String> dryRunLines,
        List<LogFile> logFiles,
        Optional<Section> cutIn,
        List<String> unparsed) {

    /** The parts of the output, in the order the script writes them. */
    public enum Section { FILES, DRY_RUN, LOG_FILES }

    /** A file under {@code /etc/logrotate.d}, its text as read; {@code complete} is false when the output cut it. */
    public record LogrotateFile(String path, String text, boolean namesLogDirectory, boolean complete) {

        public LogrotateFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
        }

        /** The file OpsWorks' deploy recipe wrote ({@code opsworks_app_<app>}): left over after OpsWorks. */
        public boolean fromOpsWorks() {
            return path.startsWith("/etc/logrotate.d/opsworks_app_");
        }
    }

    /** A file in the log directory: the log itself or what rotation left of it. */
    public record LogFile(String path, long sizeBytes, Instant modified) {

        public LogFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(modified, "modified");
        }
    }

    public InstanceLogrotateLook {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(logDirectory, "logDirectory");
        files = List.copyOf(files);
        dryRunLines = List.copyOf(dryRunLines);
        logFiles = List.copyOf(logFiles);
        Objects.requireNonNull(cutIn, "cutIn");
        unparsed = List.copyOf(unparsed);
    }

    /** Whether the output reached the service's limit, so that its last part is incomplete. */
    public boolean cut() {
        return cutIn.isPresent();
    }

    /** The files that name the Rails log directory: each one rotates it (two or more rotate it twice). */
    public List<LogrotateFile> filesNamingTheLog() {
        return files.stream().filter(LogrotateFile::namesLogDirectory).toList();
    }

    /** The old OpsWorks file for {@code appShortname}, if the instance still has it (after Detach in Place). */
    public Optional<LogrotateFile> opsworksFile(String appShortname) {
        String path = "/etc/logrotate.d/opsworks_app_" + appShortname;
        return files.stream().filter(file -> file.path().equals(path)).findFirst();
    }

    /** The errors {@code logrotate -d} reported about the log directory (e.g. "duplicate log entry"). */
    public List<String> dryRunErrors() {
        return dryRunLines.stream().filter(line -> line.startsWith("error:")).toList();
    }
}
