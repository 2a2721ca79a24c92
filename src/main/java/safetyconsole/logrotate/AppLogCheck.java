package safetyconsole.logrotate;

import java.util.List;
import java.util.Optional;

import safetyconsole.cloud.App;

/**
 * The double-rotation check of one Rails app: OpsWorks' logrotate file, what the Rails code does, the verdict,
 * and what to do. NOT_CHECKED whenever the Rails side could not be read in full — never shown as clean.
 */
public record AppLogCheck(
        App app,
        String railsEnv,
        OpsworksLogrotate opsworks,
        Status status,
        List<RailsRotation> rotations,
        Optional<String> source,
        List<String> problems,
        List<String> warnings) {

    public enum Status { CONFLICT, CLEAN, NOT_CHECKED }

    /** What goes wrong when both rotate the same files. */
    public static final List<String> WHAT_BREAKS = List.of(
            "Ruby's renamed files (production.log.0, production.log.20260801, …) do not match *.log, so logrotate"
                    + " never compresses or prunes them: the disk fills.",
            "One day's lines end up split across two schemes: Ruby's renamed files and logrotate's copies.",
            "logrotate copies and then truncates (copytruncate): if Ruby renames the file during the copy, logrotate"
                    + " truncates the new file and those lines are lost.",
            "copytruncate itself can drop the lines written between the copy and the truncate.");

    public AppLogCheck {
        rotations = List.copyOf(rotations);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The recommended fix, exactly: each Rails call without its rotation arguments (or the line to delete). */
    public String railsFix() {
        return RailsRotation.fix(rotations);
    }

    /** The other way: tune OpsWorks' rotation in custom JSON, or take it over with a custom template. */
    public String opsworksFix() {
        return "# Stack settings > Custom JSON (changes only how many and how named; OpsWorks still rotates):\n"
                + "{\"logrotate\": {\"rotate\": " + opsworks.rotate() + ", \"dateformat\": \"-%Y%m%d\"}}\n\n"
                + "# To leave rotation to Ruby alone, override the template every app's\n"
                + "# " + opsworks.fileName() + " comes from, in your custom cookbooks:\n"
                + "#   deploy/templates/default/logrotate.erb\n"
                + "# Nothing will then compress or prune Ruby's renamed files: not recommended.";
    }
}
