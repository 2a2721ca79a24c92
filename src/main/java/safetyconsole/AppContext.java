package safetyconsole;

import java.time.Clock;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.context.StackContext;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.settings.AppDirectories;
import safetyconsole.settings.SettingsFile;
import safetyconsole.settings.UserSettings;

/** The composition root: the only place that picks a provider and wires the services together. */
public record AppContext(
        CloudAccount account,
        StackContext stackContext,
        InventoryLoader inventoryLoader,
        UserSettings settings,
        AppDirectories directories) {

    public static AppContext create(LaunchOptions options, AppDirectories directories) {
        UserSettings settings = SettingsFile.load(options.settingsFile().orElse(directories.settingsFile()));
        DemoAccount demo = DemoAccount.seeded();
        demo.faults().setLatency(options.demoLatency());
        return of(demo, settings, directories);
    }

    public static AppContext of(CloudAccount account, UserSettings settings, AppDirectories directories) {
        StackContext stackContext = new StackContext(new EnvironmentClassifier(settings.environmentOverrides()));
        return new AppContext(account, stackContext, new InventoryLoader(account, Clock.systemUTC()), settings,
                directories);
    }
}
