package safetyconsole.check;

import safetyconsole.logrotate.MigratedLogCheck;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.logrotate.OsRotator;
import safetyconsole.logrotate.RailsRotation;
import safetyconsole.logrotate.WorkerProcesses;

/** The text report of a migrated stack's log rotation: each app's verdict with its evidence and fixes. */
final class MigratedLogText {

    private MigratedLogText() {
    }

    static void append(StringBuilder out, MigratedLogRotation rotation) {
        if (rotation.apps().isEmpty()) {
            out.append("  Log rotation: no Rails app is known for this stack.\n");
            rotation.os().notRead().forEach(reason -> out.append("    NOT CHECKED: ").append(reason).append("\n"));
            return;
        }
        for (MigratedLogCheck app : rotation.apps()) {
            out.append("  Log rotation of ").append(app.app().name()).append(": ").append(app.verdict().name())
                    .append(" \u2014 ").append(app.summary()).append("\n");
            for (OsRotator rotator : app.osRotators()) {
                out.append("    Outside the app: ").append(rotator.words()).append("\n");
            }
            for (RailsRotation rails : app.railsRotations()) {
                out.append("    In Ruby: ").append(rails.file()).append(":").append(rails.line()).append(" ")
                        .append(rails.detail()).append("\n");
            }
            for (WorkerProcesses.Finding worker : app.workers()) {
                out.append("    Workers: ").append(worker.words()).append("\n");
            }
            if (app.verdict() != MigratedLogCheck.Verdict.NOT_CHECKED) {
                app.notChecked().forEach(reason -> out.append("    Not read: ").append(reason).append("\n"));
            }
            fix(out, "Fix (recommended)", app.recommendedFix());
            fix(out, "Fix (other way)", app.otherFix());
        }
    }

    private static void fix(StringBuilder out, String title, String snippet) {
        if (snippet.isEmpty()) {
            return;
        }
        out.append("    ").append(title).append(":\n");
        snippet.lines().forEach(line -> out.append("      ").append(line).append("\n"));
    }
}
