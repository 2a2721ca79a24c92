package safetyconsole.logrotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.App;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.Stack;
import safetyconsole.inventory.StackInventory;
import safetyconsole.text.Printable;

/**
 * Double log rotation: for each Rails app of a stack with a Rails App Server layer, OpsWorks' logrotate
 * against the rotation configured in the app's {@code config/environments/<RAILS_ENV>.rb} and
 * {@code config/application.rb}.
 */
public final class LogRotationCheck {

    static final String APPLICATION_RB = "config/application.rb";
    private static final Pattern RAILS_ENV = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(LogRotationCheck.class);

    private LogRotationCheck() {
    }

    /** Empty when the stack has no Rails App Server layer or no Rails apps: nothing to check. */
    public static List<AppLogCheck> check(StackInventory inventory, Function<App, Optional<RailsSource>> sources) {
        boolean railsLayer = inventory.layers().stream().anyMatch(l -> l.type() == LayerType.RAILS_APP);
        if (!railsLayer) {
            return List.of();
        }
        return inventory.apps().stream().filter(app -> "rails".equals(app.type()))
                .map(app -> checkAlone(inventory.stack(), app, sources)).collect(Collectors.toList());
    }

    /** One app whose check fails in a way nobody foresaw is that app's NOT CHECKED; the others are checked. */
    private static AppLogCheck checkAlone(Stack stack, App app, Function<App, Optional<RailsSource>> sources) {
        try {
            return check(stack, app, sources.apply(app));
        } catch (RuntimeException e) {
            LOG.warn("Log rotation of app {} not checked", app.id(), e);
            return new AppLogCheck(app, railsEnv(app), OpsworksLogrotate.of(stack, app),
                    AppLogCheck.Status.NOT_CHECKED, List.of(), Optional.empty(), List.of("The check of this app failed"
                    + " unexpectedly (" + e.getClass().getSimpleName() + "); the log file has the details."),
                    List.of());
        }
    }

    /** The app's Rails environment: its RailsEnv attribute, else RAILS_ENV, else production. */
    public static String railsEnv(App app) {
        String attribute = app.attributes().get("RailsEnv");
        if (attribute != null && !attribute.isBlank()) {
            return attribute;
        }
        return Optional.ofNullable(app.environment().get("RAILS_ENV")).filter(v -> !v.isBlank()).orElse("production");
    }

    public static AppLogCheck check(Stack stack, App app, Optional<RailsSource> source) {
        String env = railsEnv(app);
        OpsworksLogrotate opsworks = OpsworksLogrotate.of(stack, app);
        if (source.isEmpty()) {
            return new AppLogCheck(app, env, opsworks, AppLogCheck.Status.NOT_CHECKED, List.of(), Optional.empty(),
                    List.of("No Rails code is linked to this app: link its checkout or open its config/environments/"
                            + env + ".rb."), List.of());
        }
        if (!RAILS_ENV.matcher(env).matches()) {
            // The name comes from the app's settings in AWS and becomes a path: it must not lead anywhere else.
            return new AppLogCheck(app, env, opsworks, AppLogCheck.Status.NOT_CHECKED, List.of(),
                    Optional.of(source.get().describe()), List.of("The app's Rails environment "
                    + Printable.quoted(env) + " is not a name (letters, digits, - and _), so no file is read for it."),
                    List.of());
        }
        List<RailsRotation> rotations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String environmentFile = "config/environments/" + env + ".rb";
        for (String path : List.of(environmentFile, APPLICATION_RB)) {
            try {
                Optional<String> text = source.get().read(path);
                if (text.isEmpty()) {
                    if (path.equals(environmentFile)) {
                        problems.add(path + " is not in " + source.get().describe() + "; is RAILS_ENV (" + env
                                + ") right?");
                    }
                    continue;
                }
                RailsRotationScanner.Scan scan = RailsRotationScanner.scan(path, text.get());
                rotations.addAll(scan.rotations());
                scan.problem().ifPresent(problems::add);
            } catch (IOException e) {
                problems.add("Could not read " + path + " from " + source.get().describe()
                        + ": " + e.getMessage() + ".");
            }
        }
        AppLogCheck.Status status = !rotations.isEmpty() ? AppLogCheck.Status.CONFLICT
                : problems.isEmpty() ? AppLogCheck.Status.CLEAN : AppLogCheck.Status.NOT_CHECKED;
        return new AppLogCheck(app, env, opsworks, status, rotations, Optional.of(source.get().describe()), problems,
                warnings(rotations));
    }

    private static List<String> warnings(List<RailsRotation> rotations) {
        boolean bySize = rotations.stream().anyMatch(r -> r.kind() != RailsRotation.Kind.BY_PERIOD);
        if (!bySize) {
            return List.of();
        }
        return List.of("Size-based rotation in Ruby runs in every worker process (Unicorn, Passenger, Puma):"
                + " each renames the file on its own when it finds it too big, so workers race and keep writing to"
                + " files that were already renamed.");
    }
}
