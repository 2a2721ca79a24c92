package safetyconsole.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import safetyconsole.AppContext;
import safetyconsole.audit.AuditLog;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.context.Environment;
import safetyconsole.settings.AppDirectories;
import safetyconsole.settings.UserSettings;

/** Application contexts for tests: files under a temp folder, audit without fsync. */
public final class TestApps {

    private TestApps() {
    }

    public static AppContext of(CloudAccount account, CloudOperations operations, Path dir, Clock clock) {
        return of(account, operations, dir, clock, Map.of(), List.of());
    }

    public static AppContext of(CloudAccount account, CloudOperations operations, Path dir, Clock clock,
                                Map<String, Environment> overrides, List<String> settingsProblems) {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
        return AppContext.of(account, operations, new UserSettings(overrides, settingsProblems), dirs, clock,
                AuditLog.Durability.OS_BUFFERED);
    }
}
