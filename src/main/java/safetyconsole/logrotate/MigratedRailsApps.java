package safetyconsole.logrotate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;

/**
 * The Rails apps of a migrated stack (apps were not migrated, decision 0030): those of the OpsWorks stack it came
 * from while OpsWorks still answers for it, so the Rails code linked there applies; else the apps its logrotate
 * stanzas name under {@code /srv/www/<app>/}, each standing for itself (id {@code <stack id>#<app>}).
 */
public final class MigratedRailsApps {

    private MigratedRailsApps() {
    }

    public static List<App> of(CloudAccount account, Stack stack, OsRotationSources os) {
        return stack.migratedFrom().flatMap(origin -> fromOpsWorks(account, stack, origin))
                .filter(apps -> !apps.isEmpty())
                .orElseGet(() -> os.appsNamed().stream().map(name -> new App(stack.id() + "#" + name, stack.id(),
                        name, name, "rails", Map.of(), Map.of())).toList());
    }

    /** Empty when OpsWorks does not answer or no longer has the stack (it closed on 2024-05-26). */
    private static Optional<List<App>> fromOpsWorks(CloudAccount account, Stack stack, OpsWorksOrigin origin) {
        try {
            return account.describeStacks().stream().filter(old -> old.name().equals(origin.stackName())
                    && old.region().equals(stack.region())).findFirst()
                    .map(old -> account.describeApps(old.id()).stream()
                            .filter(app -> "rails".equals(app.type())).toList());
        } catch (CloudException e) {
            return Optional.empty();
        }
    }
}
