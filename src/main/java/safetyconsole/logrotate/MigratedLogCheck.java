package safetyconsole.logrotate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.cloud.App;

/**
 * The log-rotation check of one Rails app on a stack migrated off OpsWorks, where nothing writes OpsWorks'
 * logrotate file any more: what rotates the app's log outside it ({@code osRotators}, read without touching an
 * instance), what its Rails code does ({@code railsRotations}, {@code workers}), the verdict, and both fixes.
 * NOT_CHECKED says why in {@code notChecked}; it is never shown as clean.
 */
public record MigratedLogCheck(
        App app,
        String railsEnv,
        String logPath,
        Verdict verdict,
        List<OsRotator> osRotators,
        List<RailsRotation> railsRotations,
        List<WorkerProcesses.Finding> workers,
        Optional<String> railsSource,
        List<String> notChecked) {

    /** Where OpsWorks deployed apps, and where the migrated layers' recipes still do. */
    public static final String DEPLOY_ROOT = "/srv/www/";

    public enum Verdict {
        /** Ruby's Logger rotates and a logrotate stanza (or recipe) outside the app covers the same file. */
        DOUBLE,
        /** Nothing rotates the log: the disk fills. */
        NONE,
        /** Ruby's Logger rotates in several forked worker processes: "log shifting failed". */
        MULTI_PROCESS,
        /** Exactly one rotates it, and not from several processes. */
        CLEAN,
        /** A side that decides the verdict could not be read. */
        NOT_CHECKED
    }

    public MigratedLogCheck {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(verdict, "verdict");
        osRotators = List.copyOf(osRotators);
        railsRotations = List.copyOf(railsRotations);
        workers = List.copyOf(workers);
        notChecked = List.copyOf(notChecked);
    }

    /** The Rails log as OpsWorks laid it out: {@code /srv/www/<app>/shared/log/<RAILS_ENV>.log}. */
    public static String logPathOf(String appShortname, String railsEnv) {
        return DEPLOY_ROOT + appShortname + "/shared/log/" + railsEnv + ".log";
    }

    /** The verdict in one sentence, for the window and the terminal alike. */
    public String summary() {
        String name = app.name();
        return switch (verdict) {
            case DOUBLE -> name + " rotates " + logPath + " twice: in Ruby and with logrotate outside the app.";
            case NONE -> "Nothing rotates " + name + "'s " + logPath + ": the disk fills.";
            case MULTI_PROCESS -> name + "'s Logger rotates " + logPath + " from several worker processes: they"
                    + " race (\"log shifting failed\").";
            case CLEAN -> osRotators.isEmpty() ? name + ": only Ruby rotates " + logPath + "."
                    : name + ": only logrotate rotates " + logPath + ".";
            case NOT_CHECKED -> name + ": not checked. " + String.join(" ", notChecked);
        };
    }

    /** What to do first; empty when nothing needs doing. */
    public String recommendedFix() {
        return switch (verdict) {
            case DOUBLE -> "# Rotate in one place, with logrotate: drop Ruby's rotation.\n" + RailsRotation.fix(
                    railsRotations);
            case NONE -> logrotateSnippet();
            case MULTI_PROCESS -> "# Let logrotate rotate, not every worker: drop Ruby's rotation.\n"
                    + RailsRotation.fix(railsRotations) + "\n\n" + logrotateSnippet();
            case CLEAN, NOT_CHECKED -> "";
        };
    }

    /** The other way; empty when there is none worth giving. */
    public String otherFix() {
        return switch (verdict) {
            case DOUBLE -> "# Or leave rotation to Ruby alone: remove what rotates it outside the app\n"
                    + String.join("\n", osRotators.stream().map(rotator -> "#   " + rotator.words()).toList())
                    + "\n# Nothing will then compress or prune Ruby's renamed files: not recommended.";
            case NONE -> workers.isEmpty()
                    ? "# Or rotate in Ruby (one worker process only), in config/environments/" + railsEnv + ".rb:\n"
                    + "config.logger = ActiveSupport::Logger.new(config.paths[\"log\"].first, \"daily\")"
                    : "";
            case MULTI_PROCESS -> "# Or run one worker process:\n" + String.join("\n", workers.stream()
                    .map(worker -> "#   " + worker.words()).toList());
            case CLEAN, NOT_CHECKED -> "";
        };
    }

    /** A logrotate file for the app's logs, written by the launch template's user data. */
    private String logrotateSnippet() {
        String file = "/etc/logrotate.d/" + app.shortname();
        return "# In the launch template's user data (a new version, then an instance refresh):\n"
                + "cat > " + file + " <<'EOF'\n"
                + DEPLOY_ROOT + app.shortname() + "/shared/log/*.log {\n"
                + "  daily\n  rotate 14\n  missingok\n  notifempty\n  compress\n  delaycompress\n  copytruncate\n"
                + "}\nEOF";
    }
}
