package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Stack;

/**
 * The verdict for each Rails app of a migrated stack: its log against what rotates it outside the app
 * ({@link OsRotationSources}) and inside it (the same Rails scanner as on OpsWorks stacks, and
 * {@link WorkerProcesses}). A side that could not be read makes the verdict NOT_CHECKED only when it could change
 * it: a log rotated twice is DOUBLE whatever else is unread.
 */
public final class MigratedLogRotationCheck {

    private MigratedLogRotationCheck() {
    }

    public static List<MigratedLogCheck> check(Stack stack, List<App> apps, OsRotationSources os,
                                               Function<App, Optional<RailsSource>> sources,
                                               Optional<InstanceLogrotateLook> look) {
        return apps.stream().map(app -> check(stack, app, os, sources.apply(app), look)).toList();
    }

    /**
     * With what the guarded look on one of the stack's instances found, when it looked at this app's log
     * directory: the files there that name it rotate it, whatever the user data says, and the old OpsWorks file
     * (left after Detach in Place) is named as such. A look cut short leaves the sources' gaps as they were.
     */
    public static MigratedLogCheck check(Stack stack, App app, OsRotationSources os, Optional<RailsSource> source,
                                         Optional<InstanceLogrotateLook> look) {
        String env = LogRotationCheck.railsEnv(app);
        String logPath = MigratedLogCheck.logPathOf(app.shortname(), env);
        Optional<InstanceLogrotateLook> lookHere = look.filter(found -> logPath.startsWith(found.logDirectory()
                + "/"));
        List<OsRotator> osRotators = new ArrayList<>(os.covering(logPath));
        lookHere.ifPresent(found -> found.filesNamingTheLog().forEach(file -> osRotators.add(OsRotator.onInstance(
                found, file))));
        AppLogCheck rails = LogRotationCheck.check(stack, app, source);
        List<String> railsProblems = new ArrayList<>(rails.problems());
        List<WorkerProcesses.Finding> workers = source.map(code -> WorkerProcesses.scan(code, railsProblems))
                .orElse(List.of());
        boolean railsRotates = !rails.rotations().isEmpty();
        boolean osRotates = !osRotators.isEmpty();
        boolean railsKnown = railsProblems.isEmpty();
        boolean osKnown = os.notRead().isEmpty() || lookHere.filter(found -> !found.cut()).isPresent();
        MigratedLogCheck.Verdict verdict;
        if (railsRotates && osRotates) {
            verdict = MigratedLogCheck.Verdict.DOUBLE;
        } else if (railsRotates && !workers.isEmpty()) {
            verdict = MigratedLogCheck.Verdict.MULTI_PROCESS;
        } else if (railsRotates ? osKnown : osRotates ? railsKnown : railsKnown && osKnown) {
            verdict = railsRotates || osRotates ? MigratedLogCheck.Verdict.CLEAN : MigratedLogCheck.Verdict.NONE;
        } else {
            verdict = MigratedLogCheck.Verdict.NOT_CHECKED;
        }
        List<String> notChecked = new ArrayList<>(os.notRead());
        notChecked.addAll(railsProblems);
        return new MigratedLogCheck(app, env, logPath, verdict, osRotators, rails.rotations(), workers,
                rails.source(), notChecked);
    }
}
