package safetyconsole.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.logrotate.MigratedLogCheck;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.logrotate.OsRotator;
import safetyconsole.logrotate.RailsRotation;
import safetyconsole.logrotate.WorkerProcesses;

/** The "logRotation" member of a migrated stack in the JSON report (docs/check-json.md). */
final class MigratedLogJson {

    private MigratedLogJson() {
    }

    static void add(ObjectNode json, MigratedLogRotation rotation) {
        rotation.os().read().forEach(json.putArray("read")::add);
        rotation.os().notRead().forEach(json.putArray("notRead")::add);
        ArrayNode apps = json.putArray("apps");
        rotation.apps().forEach(app -> app(apps.addObject(), app));
    }

    private static void app(ObjectNode json, MigratedLogCheck app) {
        json.put("app", app.app().name());
        json.put("shortname", app.app().shortname());
        json.put("railsEnv", app.railsEnv());
        json.put("logPath", app.logPath());
        json.put("verdict", app.verdict().name());
        json.put("finding", app.verdict() != MigratedLogCheck.Verdict.CLEAN);
        json.put("summary", app.summary());
        ArrayNode os = json.putArray("osRotators");
        for (OsRotator rotator : app.osRotators()) {
            os.addObject().put("kind", rotator.kind().name()).put("where", rotator.where())
                    .put("evidence", rotator.evidence());
        }
        ArrayNode rails = json.putArray("railsRotations");
        for (RailsRotation rotation : app.railsRotations()) {
            rails.addObject().put("file", rotation.file()).put("line", rotation.line())
                    .put("kind", rotation.kind().name()).put("detail", rotation.detail());
        }
        ArrayNode workers = json.putArray("workers");
        for (WorkerProcesses.Finding worker : app.workers()) {
            workers.addObject().put("file", worker.file()).put("line", worker.line())
                    .put("setting", worker.snippet()).put("count", worker.count().orElse(null));
        }
        json.put("railsSource", app.railsSource().orElse(null));
        app.notChecked().forEach(json.putArray("notChecked")::add);
        json.put("recommendedFix", app.recommendedFix());
        json.put("otherFix", app.otherFix());
    }
}
