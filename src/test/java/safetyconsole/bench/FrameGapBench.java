package safetyconsole.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import safetyconsole.AppContext;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.cloud.demo.AccountScaleWorld;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.MainWindowFixture;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.testing.TestFiles;
import safetyconsole.ui.common.FxTaskRunner;
import safetyconsole.ui.shell.MainViewModel;
import safetyconsole.ui.shell.StackEntry;

/**
 * The FX thread under the operator's heaviest steps, on the real main window, headless (Monocle, software
 * rendering), on the demo's account scale: switching to its 2,000-instance stack, refreshing it, filtering its
 * instance table, opening its Security groups tab (two rounds), then the audit window on a 100,000-entry log. For
 * each step: the longest gap between two frames, the most CPU the FX thread used between two frames, and, for every
 * gap over 100 ms, the FX thread's most frequent frames in it (a stack sample every ~10 ms). This is not a test and
 * asserts nothing: the figures go into docs/benchmarks.md by hand.
 * <p>
 * Run, on the JVM options of the installed app (it says when they are missing): MAVEN_OPTS=-XX:TieredStopAtLevel=1
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=safetyconsole.bench.FrameGapBench
 */
public final class FrameGapBench {

    private static final int AUDIT_ENTRIES = 100_000;
    private static final int ROUNDS = 2;
    private static final String TARGET = AccountScaleWorld.LARGEST_STACK;
    /** Another OpsWorks stack of the account (461 instances), to switch away to before each round. */
    private static final String AWAY = "fleet-001";
    private static final String FILTER = "host012";
    private static final long KEYSTROKE_MILLIS = 120;
    private static final long SETTLE_MILLIS = 600;
    private static final long STEP_TIMEOUT_SECONDS = 120;
    private static final long AUDIT_TIMEOUT_SECONDS = 600;
    private static final Path PACKAGE_OPTIONS = Path.of("packaging", "jpackage", "app-image.txt");

    private final Stage stage;
    private final FrameGapMonitor monitor;
    private final List<FrameGapMonitor.StepReport> reports = new ArrayList<>();
    /** Set by the first step, on the FX thread. */
    private volatile MainViewModel model;

    private FrameGapBench(Stage stage, FrameGapMonitor monitor) {
        this.stage = stage;
        this.monitor = monitor;
    }

    public static void main(String[] args) throws Exception {
        runHeadless();
        System.out.printf(Locale.ROOT, "java %s, %d cores, load average %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println(packagedJvmOptions());
        Clock clock = TestClocks.fixed();
        Path dir = Files.createTempDirectory("frame-gap-bench");
        copyAuditLog(auditLogOnce(clock), directories(dir));
        AppContext app = TestApps.of(account(clock), null, dir, clock);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        FxTaskRunner runner = new FxTaskRunner();
        FrameGapMonitor monitor = onFx(FrameGapMonitor::new);
        Stage stage = onFx(Stage::new);
        FrameGapBench bench = new FrameGapBench(stage, monitor);
        try {
            bench.runSteps(runner, app);
        } finally {
            onFx(() -> {
                monitor.close();
                new ArrayList<>(Window.getWindows()).forEach(Window::hide);
                return null;
            });
            runner.close();
            app.close();
            Platform.exit();
            TestFiles.deleteTree(dir);
        }
        bench.print();
        System.out.printf(Locale.ROOT, "load average at the end %s%n", loadAverage());
    }

    /** The headless toolkit the TestFX tests use (see the surefire configuration in pom.xml). */
    private static void runHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    /** The demo's account scale: 40 OpsWorks stacks (one of 2,000 instances) and 500 migrated ones. */
    private static DemoAccount account(Clock clock) {
        return DemoAccount.accountScale(clock);
    }

    private static AppDirectories directories(Path dir) {
        return new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
    }

    /**
     * The bench's audit log, written once into target/ (appending 100,000 entries, each with its anchor, takes
     * minutes on a loaded machine) and copied from there on later runs.
     */
    private static AppDirectories auditLogOnce(Clock clock) throws IOException {
        AppDirectories kept = directories(Path.of("target", "frame-gap-bench", "audit-" + AUDIT_ENTRIES));
        Path complete = kept.data().resolve("complete");
        if (!Files.exists(complete)) {
            long start = System.nanoTime();
            Files.createDirectories(kept.data());
            Files.createDirectories(kept.logs());
            Files.deleteIfExists(kept.auditLogFile());
            Files.deleteIfExists(kept.auditAnchorFile());
            writeAuditLog(kept, clock);
            Files.createFile(complete);
            System.out.printf(Locale.ROOT, "audit log of %,d entries written in %.1f s%n", AUDIT_ENTRIES,
                    (System.nanoTime() - start) / 1e9);
        }
        return kept;
    }

    private static void copyAuditLog(AppDirectories from, AppDirectories to) throws IOException {
        Files.createDirectories(to.data());
        Files.createDirectories(to.logs());
        Files.copy(from.auditLogFile(), to.auditLogFile());
        Files.copy(from.auditAnchorFile(), to.auditAnchorFile());
    }

    /** Entries of 40 stacks, several operations, two operators, both phases. */
    private static void writeAuditLog(AppDirectories dirs, Clock clock) {
        AuditLog log = new AuditLog(dirs.auditLogFile(), dirs.auditAnchorFile(), clock,
                AuditLog.Durability.OS_BUFFERED);
        List<String> operations = List.of("DELETE_INSTANCE", "STOP_INSTANCE", "REBOOT_INSTANCE", "FIX_GROUPS");
        for (int i = 0; i < AUDIT_ENTRIES; i++) {
            String stack = String.format(Locale.ROOT, "shop-%02d", i % 40);
            String host = String.format(Locale.ROOT, "rails-app%d", i % 997);
            log.append(new AuditRecord(new Operator(i % 3 == 0 ? "alice" : "bob", "ws-17"),
                    "arn:aws:iam::123456789012:user/alice", "123456789012", "us-east-1",
                    "2f1c5e0a-1b2c-4d5e-8f90-1234567890" + String.format(Locale.ROOT, "%02d", i % 40), stack,
                    "PRODUCTION", operations.get(i / 2 % operations.size()), "",
                    String.format(Locale.ROOT, "7d2b1c4e-0000-4000-8000-%012d", i / 2),
                    List.of(host + " (ff458ec5-bc34-3ba6-9d78-c091094e8ca7, i-03ab8ffb0b588b1af)"),
                    new Evidence(stack, "Ticket OPS-" + (i / 2), "arm-" + (i / 200)),
                    i % 2 == 0 ? Phase.INTENT : Phase.RESULT, i % 2 == 0 ? "" : "ok request=" + i));
        }
    }

    private void runSteps(FxTaskRunner runner, AppContext app) throws Exception {
        step("open the window (first stack)", () -> fx(() -> model = MainWindowFixture.openOn(stage, runner, app)),
                () -> model != null && loaded(null), STEP_TIMEOUT_SECONDS);
        for (int round = 0; round < ROUNDS; round++) {
            String target = TARGET;
            step("switch to " + AWAY, () -> fx(() -> select(AWAY)), () -> loaded(AWAY), STEP_TIMEOUT_SECONDS);
            step("switch to " + target, () -> fx(() -> select(target)), () -> loaded(target),
                    STEP_TIMEOUT_SECONDS);
            step("refresh " + target, () -> fx(() -> ((Button) node("#refreshButton")).fire()),
                    () -> loaded(target), STEP_TIMEOUT_SECONDS);
            if (onFx(() -> node("#instanceFilter")) != null) {
                step("filter its instances (\"" + FILTER + "\", typed)", this::typeFilter, this::filtered,
                        STEP_TIMEOUT_SECONDS);
            } else {
                System.out.println("no instance filter in this build: step skipped");
            }
            step("open its Security groups tab", () -> fx(this::selectSecurityGroups), this::driftShown,
                    STEP_TIMEOUT_SECONDS);
            step("back to its Instances tab", () -> fx(this::selectInstances), () -> true, STEP_TIMEOUT_SECONDS);
        }
        step("open the audit window (" + String.format(Locale.ROOT, "%,d", AUDIT_ENTRIES) + " entries)",
                () -> fx(() -> ((Button) node("#auditLogButton")).fire()), this::auditShown, AUDIT_TIMEOUT_SECONDS);
    }

    /**
     * Runs {@code action} (on this thread; it posts to the FX thread itself) and waits until {@code done} (asked on
     * the FX thread), then lets the frames that draw the result pass before the step's figures are taken.
     */
    private void step(String name, Runnable action, BooleanSupplier done, long timeoutSeconds) throws Exception {
        // The JVM's uptime, as -Xlog:gc::uptime dates its collections: which step a collection fell in.
        long startUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        onFx(() -> {
            monitor.beginStep();
            return null;
        });
        action.run();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!onFx(done::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("step did not finish in " + timeoutSeconds + " s: " + name);
            }
            Thread.sleep(20);
        }
        long doneAt = System.nanoTime();
        Thread.sleep(SETTLE_MILLIS);
        FrameGapMonitor.StepReport report = onFx(() -> monitor.endStep(name, doneAt));
        System.out.printf(Locale.ROOT, "%-48s longest gap %5d ms (FX CPU in a gap at most %4d ms), done after %6d ms,"
                + " GC %4d ms, from uptime %.3f s%n", name, report.longestGapMillis(), report.mostCpuMillis(),
                report.doneMillis(), report.gcMillis(), startUptime / 1000.0);
        reports.add(report);
    }

    private void typeFilter() {
        fx(() -> ((TextField) node("#instanceFilter")).clear());
        for (char c : FILTER.toCharArray()) {
            sleep(KEYSTROKE_MILLIS);
            fx(() -> ((TextField) node("#instanceFilter")).appendText(String.valueOf(c)));
        }
    }

    /** The table shows the rows of the whole filter text, and only those. */
    private boolean filtered() {
        @SuppressWarnings("unchecked")
        TableView<InstanceRow> table = (TableView<InstanceRow>) node("#instancesTable");
        return !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(row -> row.hostname().contains(FILTER));
    }

    private void select(String name) {
        @SuppressWarnings("unchecked")
        ListView<StackEntry> list = (ListView<StackEntry>) node("#stackList");
        StackEntry entry = list.getItems().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        list.getSelectionModel().select(entry);
    }

    private void selectSecurityGroups() {
        selectTab("securitygroupsTab");
    }

    private void selectInstances() {
        selectTab("instancesTab");
    }

    private void selectTab(String id) {
        TabPane tabs = (TabPane) node("#stackContent");
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(tab);
    }

    private boolean driftShown() {
        TreeTableView<?> tree = (TreeTableView<?>) node("#driftTree");
        return tree != null && tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty();
    }

    /** The audit window is open and its table shows entries. */
    private boolean auditShown() {
        return Window.getWindows().stream()
                .filter(window -> window != stage && window.isShowing() && window.getScene() != null)
                .map(window -> window.getScene().lookup("#auditTable"))
                .anyMatch(table -> table instanceof TableView<?> shown && !shown.getItems().isEmpty());
    }

    /** {@code name} (or, if null, whichever stack is selected) is shown with its rows, and nothing is loading. */
    private boolean loaded(String name) {
        StackEntry selected = model.stacks().selectedStackProperty().get();
        return selected != null && MainWindowFixture.shown(model, name == null ? selected.name() : name);
    }

    private Node node(String selector) {
        return stage.getScene().lookup(selector);
    }

    private void print() {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-48s %12s %12s %9s %12s %9s%n", "step", "longest gap", "most FX CPU",
                "> 100 ms", "done after", "GC");
        for (FrameGapMonitor.StepReport report : reports) {
            System.out.printf(Locale.ROOT, "%-48s %9d ms %9d ms %9d %9d ms %6d ms%n", report.step(),
                    report.longestGapMillis(), report.mostCpuMillis(), report.longGaps().size(), report.doneMillis(),
                    report.gcMillis());
        }
        System.out.println();
        System.out.println("busiest threads of each step (CPU ms: what the FX thread shared the cores with):");
        for (FrameGapMonitor.StepReport report : reports) {
            System.out.printf(Locale.ROOT, "%-48s %s%n", report.step(), String.join(", ", report.busiestThreads()));
        }
        for (FrameGapMonitor.StepReport report : reports) {
            for (FrameGapMonitor.Attributed gap : report.longGaps()) {
                System.out.printf(Locale.ROOT, "%n%s: a gap of %d ms (FX thread on a core %d ms), %d samples%n",
                        report.step(), gap.gap().millis(), gap.gap().cpuMillis(), gap.samples());
                System.out.println("  where:");
                gap.phases().forEach(phase -> System.out.println("    " + phase));
                System.out.println("  project frames:");
                gap.projectFrames().forEach(frame -> System.out.println("    " + frame));
                System.out.println("  control frames:");
                gap.controlFrames().forEach(frame -> System.out.println("    " + frame));
                System.out.println("  top frames:");
                gap.topFrames().forEach(frame -> System.out.println("    " + frame));
            }
        }
    }

    private static void fx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code work} on the FX thread and waits for it. */
    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether this JVM runs with the options the installed app's launcher passes (decision 0015: C1 only), which
     * decide how fast code not yet compiled runs: the first openings this bench measures are mostly such code.
     */
    private static String packagedJvmOptions() throws IOException {
        String prefix = "--java-options ";
        List<String> packaged = Files.readAllLines(PACKAGE_OPTIONS).stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).trim()).toList();
        List<String> missing = new ArrayList<>(packaged);
        missing.removeAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        return missing.isEmpty() ? "JVM options as the package's: " + packaged
                : "NOT the package's JVM options, missing " + missing + " (set them in MAVEN_OPTS)";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
