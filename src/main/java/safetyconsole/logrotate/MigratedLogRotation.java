package safetyconsole.logrotate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * Log rotation on one migrated stack: what its OS rotates (and what of that could not be read), and the verdict
 * for each of its Rails apps. No apps: nothing names one (no OpsWorks stack to take them from, no stanza under
 * {@code /srv/www/}).
 */
public record MigratedLogRotation(OsRotationSources os, List<MigratedLogCheck> apps) {

    public MigratedLogRotation {
        apps = List.copyOf(apps);
    }

    /**
     * Reads the stack's sources and checks each app against its Rails code ({@code sources}) and what the guarded
     * look on one of the stack's instances found, if one ran.
     */
    public static MigratedLogRotation check(CloudAccount account, ScalingStackInventory inventory,
                                            Function<App, Optional<RailsSource>> sources,
                                            Optional<InstanceLogrotateLook> look) {
        OsRotationSources os = OsRotationReader.read(account, inventory);
        List<App> apps = MigratedRailsApps.of(account, inventory.stack(), os);
        return new MigratedLogRotation(os, MigratedLogRotationCheck.check(inventory.stack(), apps, os, sources,
                look));
    }
}
