package safetyconsole.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.stage.Window;

import safetyconsole.AppContext;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.cloud.Stack;
import safetyconsole.logrotate.InstanceLogrotateLook;
import safetyconsole.logrotate.LookOutputReader;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.migrated.GoneFromGroups;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.ui.audit.AuditWindow;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.dialogs.AboutDialog;
import safetyconsole.ui.dialogs.AboutFacts;
import safetyconsole.ui.logrotate.InstanceLookViewModel;
import safetyconsole.ui.logrotate.LogRotationViewModel;
import safetyconsole.ui.scaling.ScalingContentViewModel;
import safetyconsole.ui.stacks.StackContentViewModel;

/**
 * An account open in the main window, and the window's composition: the only class of the UI that knows the
 * composition root. It gives each part of the window the services that part uses, and nothing else.
 */
public final class OpenAccount implements AutoCloseable {

    private final AppContext app;

    public OpenAccount(AppContext app) {
        this.app = app;
    }

    /** The main window's parts on this account; background work goes to {@code runner}. */
    public MainViewModel model(TaskRunner runner) {
        return model(runner, app.scalingStackLoader()::load);
    }

    /** As {@link #model(TaskRunner)}, reading migrated stacks with {@code loadScalingStack}. */
    MainViewModel model(TaskRunner runner, Function<Stack, ScalingStackInventory> loadScalingStack) {
        StatusLine status = new StatusLine();
        StackContentViewModel content = new StackContentViewModel(runner);
        LogRotationViewModel logRotation = new LogRotationViewModel(app.railsLinks(), app::railsCode, runner);
        // Systems Manager is asked for only once a look ran: a read-only source offers none.
        InstanceLookViewModel looks = new InstanceLookViewModel((region, commandId, instanceId, directory) ->
                new LookOutputReader(app.account().systemsManager(), LookOutputReader.Pause.REAL)
                        .read(region, commandId, instanceId, directory), runner);
        ScalingContentViewModel scaling = new ScalingContentViewModel(runner,
                inventory -> checkLogRotation(inventory, looks.lookOf(inventory.stack().id())));
        // A look's findings weigh in the stack's verdicts: check the shown stack again once one arrives.
        looks.onLook(stackId -> scaling.logRotation().recheck(stackId));
        GoneFromGroups goneFromGroups = app.goneFromGroups();
        StackSelection stacks = new StackSelection(app.account(), app.stackRegions(), app.stackContext(),
                app.inventoryLoader(), app.inventoryHistory(), content, logRotation, loadScalingStack,
                goneFromGroups::record, scaling, runner, status);
        BannerViewModel banner = new BannerViewModel(app.stackContext(), app.arming(), app.guard().isPresent(),
                startupNotices(), status);
        ActionsViewModel actions = new ActionsViewModel(app.planner(), app.guard(), stacks, banner, runner, status,
                looks);
        MissingInstancesViewModel missing = new MissingInstancesViewModel(stacks, app.inventoryHistory(),
                app.account(), app.auditLog(), app.clock(), runner, status);
        return new MainViewModel(description(), status, stacks, banner, actions, missing, looks);
    }

    /**
     * Where a migrated stack rotates its apps' logs, with the Rails code linked to them and what the newest look on
     * one of its instances found (reads: not on FX).
     */
    private MigratedLogRotation checkLogRotation(ScalingStackInventory inventory,
                                                 Optional<InstanceLogrotateLook> look) {
        String accountId = app.account().callerIdentity().accountId();
        return MigratedLogRotation.check(app.account(), inventory,
                rails -> app.railsCode(accountId, inventory.stack(), rails), look);
    }

    /** The windows the main window opens beside itself on this account. */
    MainView.Windows windows(TaskRunner runner) {
        AboutFacts facts = new AboutFacts(description(), app.directories().settingsFile(), app.auditLog().file(),
                app.directories().railsLinksFile(), app.directories().logFile());
        AuditLog auditLog = app.auditLog();
        return new MainView.Windows() {
            @Override
            public void about(Window owner) {
                new AboutDialog(owner, facts).show();
            }

            @Override
            public void auditLog(Window owner) {
                AuditWindow.show(owner, auditLog, Operator.current(), runner);
            }
        };
    }

    /** What could not be used of the files read at start: the settings, the remembered Rails links. */
    private List<String> startupNotices() {
        List<String> out = new ArrayList<>(app.settings().problems());
        app.railsLinks().problem().ifPresent(out::add);
        return out;
    }

    /** Where the account is read from, in words. */
    public String description() {
        return app.account().description();
    }

    /** Closes the account's connection, if it has one. */
    @Override
    public void close() {
        app.close();
    }
}
