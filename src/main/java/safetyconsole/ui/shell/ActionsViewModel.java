package safetyconsole.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import safetyconsole.cloud.App;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.StackKind;
import safetyconsole.context.Classification;
import safetyconsole.context.Mode;
import safetyconsole.drift.GroupDrift;
import safetyconsole.guard.DeleteAutoScalingGroup;
import safetyconsole.guard.DeleteCloudFormationStack;
import safetyconsole.guard.DeleteStack;
import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.GroupFix;
import safetyconsole.guard.Guard;
import safetyconsole.guard.GuardedOperation;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.guard.InstanceOptions;
import safetyconsole.guard.LookOnInstance;
import safetyconsole.guard.Plan;
import safetyconsole.guard.PlanRefusedException;
import safetyconsole.guard.PlanTarget;
import safetyconsole.guard.Planner;
import safetyconsole.guard.UpdateLayerGroups;
import safetyconsole.inventory.StackInventory;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.dialogs.ConfirmationViewModel;
import safetyconsole.ui.dialogs.LookViewModel;
import safetyconsole.ui.logrotate.InstanceLookViewModel;
import safetyconsole.ui.stacks.StackContentViewModel;

/**
 * Actions on the selected stack become plans here and go to a confirmation dialog; nothing here mutates. After a
 * layer's groups changed, the impact notice says which running instances did not get the change.
 */
public final class ActionsViewModel {

    /** The impact of a layer group change on the layer's running instances, shown until dismissed. */
    public record LayerImpact(String layerId, int pendingInstances, String text) {
    }

    private final Planner planner;
    private final Optional<Guard> guard;
    private final StackSelection stacks;
    private final BannerViewModel banner;
    private final StackContentViewModel content;
    private final TaskRunner runner;
    private final StatusLine status;
    private final InstanceLookViewModel looks;

    private final ReadOnlyObjectWrapper<LayerImpact> impact = new ReadOnlyObjectWrapper<>();
    private PlanTarget awaitingImpact;

    /** @param guard empty for a read-only source */
    ActionsViewModel(Planner planner, Optional<Guard> guard, StackSelection stacks, BannerViewModel banner,
                     TaskRunner runner, StatusLine status, InstanceLookViewModel looks) {
        this.planner = planner;
        this.guard = guard;
        this.stacks = stacks;
        this.banner = banner;
        this.content = stacks.content();
        this.runner = runner;
        this.status = status;
        this.looks = looks;
    }

    /** A plan for the selected instances, in a dialog's model; empty (with a sentence in the status) if refused. */
    public Optional<ConfirmationViewModel> planInstances(InstanceOperation operation, List<Instance> selection) {
        Function<InstanceOptions, Function<StackInventory, Plan>> withOptions =
                options -> inventory -> planner.instances(inventory, classification(), selection, operation, options);
        return planned(withOptions.apply(InstanceOptions.NONE), withOptions);
    }

    public Optional<ConfirmationViewModel> planDeleteLayer(Layer layer) {
        return planned(inventory -> planner.deleteLayer(inventory, classification(), layer), null);
    }

    public Optional<ConfirmationViewModel> planDeleteApp(App appToDelete) {
        return planned(inventory -> planner.deleteApp(inventory, classification(), appToDelete), null);
    }

    /**
     * The selected stack as a whole: an OpsWorks stack, a CloudFormation stack with everything it holds, or a lone
     * Auto Scaling group (refused while it has instances: its Groups tab deletes it with them).
     */
    public Optional<ConfirmationViewModel> planDeleteStack() {
        StackEntry entry = stacks.selectedStackProperty().get();
        if (entry == null) {
            return Optional.empty();
        }
        return switch (entry.stack().kind()) {
            case OPSWORKS -> planned(inventory -> planner.deleteStack(inventory, classification()), null);
            case CLOUDFORMATION -> planDeleteCloudFormationStack();
            case AUTO_SCALING_GROUP -> planDeleteAutoScalingGroup(entry.name(), false);
        };
    }

    public Optional<ConfirmationViewModel> planFixGroups(List<GroupDrift> selection, GroupFix fix) {
        return planned(inventory -> planner.fixGroups(inventory, classification(), selection, fix), null);
    }

    public Optional<ConfirmationViewModel> planRestartInstanceStore(List<GroupDrift> selection) {
        return planned(inventory -> planner.restartInstanceStore(inventory, classification(), selection), null);
    }

    public Optional<ConfirmationViewModel> planUpdateLayerGroups(Layer layer, List<String> groupIds) {
        return planned(inventory -> planner.updateLayerGroups(inventory, classification(), layer, groupIds), null);
    }

    // The stacks migrated off OpsWorks: groups by name, instances by EC2 id, on the migrated stack shown.

    public Optional<ConfirmationViewModel> planStartInstanceRefresh(String groupName) {
        return plannedScaling(inventory -> planner.startInstanceRefresh(inventory, classification(), groupName));
    }

    public Optional<ConfirmationViewModel> planCancelInstanceRefresh(String groupName) {
        return plannedScaling(inventory -> planner.cancelInstanceRefresh(inventory, classification(), groupName));
    }

    public Optional<ConfirmationViewModel> planSetDesiredCapacity(String groupName, int desiredCapacity) {
        return plannedScaling(inventory -> planner.setDesiredCapacity(inventory, classification(), groupName,
                desiredCapacity));
    }

    public Optional<ConfirmationViewModel> planTerminateInGroup(List<String> instanceIds,
                                                                boolean decrementDesiredCapacity) {
        return plannedScaling(inventory -> planner.terminateInGroup(inventory, classification(), instanceIds,
                decrementDesiredCapacity));
    }

    public Optional<ConfirmationViewModel> planHotfixGroups(String instanceId, List<String> groupIds) {
        return plannedScaling(inventory -> planner.hotfixGroups(inventory, classification(), instanceId, groupIds));
    }

    public Optional<ConfirmationViewModel> planDeleteAutoScalingGroup(String groupName, boolean forceDelete) {
        return plannedScaling(inventory -> planner.deleteAutoScalingGroup(inventory, classification(), groupName,
                forceDelete));
    }

    public Optional<ConfirmationViewModel> planDeleteCloudFormationStack() {
        return plannedScaling(inventory -> planner.deleteCloudFormationStack(inventory, classification()));
    }

    /** The read-only look on one instance of the migrated stack shown, for the Rails log directory chosen. */
    public Optional<ConfirmationViewModel> planLookOnInstance(String instanceId, String logDirectory) {
        return plannedScaling(inventory -> planner.lookOnInstance(inventory, classification(), instanceId,
                logDirectory));
    }

    /** The instances of the migrated stack shown that can run the look: those in service. */
    public List<LookViewModel.Choice> lookChoices() {
        return stacks.scaling().inventory().stream().flatMap(inventory -> inventory.groups().stream())
                .flatMap(drift -> drift.group().instances().stream()
                        .filter(instance -> instance.lifecycleState() == AutoScalingLifecycleState.IN_SERVICE)
                        .map(instance -> new LookViewModel.Choice(instance.instanceId(), drift.group().name())))
                .toList();
    }

    /** "Fix them now" from the impact notice: a plan adding the missing groups to the layer's pending instances. */
    public Optional<ConfirmationViewModel> planFixImpact() {
        LayerImpact current = impact.get();
        if (current == null) {
            return Optional.empty();
        }
        impact.set(null);
        return planFixGroups(content.drift().pendingIn(current.layerId()), GroupFix.ADD_MISSING);
    }

    public void dismissImpact() {
        impact.set(null);
    }

    private Optional<ConfirmationViewModel> planned(
            Function<StackInventory, Plan> planner,
            Function<InstanceOptions, Function<StackInventory, Plan>> replanner) {
        return planned(content.inventory(), planner, replanner);
    }

    /** A plan on the migrated stack shown; its operations offer no options. */
    private Optional<ConfirmationViewModel> plannedScaling(Function<ScalingStackInventory, Plan> planner) {
        return planned(stacks.scaling().inventory(), planner, null);
    }

    private <I> Optional<ConfirmationViewModel> planned(Optional<I> inventory, Function<I, Plan> planner,
                                                        Function<InstanceOptions, Function<I, Plan>> replanner) {
        if (guard.isEmpty()) {
            status.error("This source is read-only; nothing in it can be changed from the console.");
            return Optional.empty();
        }
        if (inventory.isEmpty() || banner.bannerProperty().get() == null) {
            status.error("Wait until the stack has loaded.");
            return Optional.empty();
        }
        if (banner.bannerProperty().get().mode() == Mode.READ_ONLY) {
            status.error(banner.bannerProperty().get().stackName() + " is "
                    + banner.bannerProperty().get().environment().label()
                    + " and read-only: arm it first (Arm\u2026, Ctrl+Shift+A), with a reason.");
            return Optional.empty();
        }
        try {
            Plan plan = planner.apply(inventory.get());
            Function<InstanceOptions, Plan> withOptions = replanner == null ? null
                    : options -> replanner.apply(options).apply(inventory.get());
            return Optional.of(new ConfirmationViewModel(plan, banner.bannerProperty(), guard.get(), withOptions,
                    runner, this::executed));
        } catch (PlanRefusedException e) {
            status.error(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * After a confirmed plan ran (or was aborted): say what happened and read the stack again; after a look nothing
     * changed, and its output is read instead.
     */
    void executed(ExecutionReport report) {
        if (report.plan().operation() == LookOnInstance.LOOK_ON_INSTANCE) {
            status.report(report);
            banner.showMode();
            looks.executed(report);
            return;
        }
        if (report.plan().operation() == UpdateLayerGroups.UPDATE_LAYER_GROUPS
                && report.status() == ExecutionReport.Status.DONE) {
            awaitingImpact = report.plan().targets().get(0);
        }
        status.report(report);
        banner.showMode();
        StackEntry entry = stacks.selectedStackProperty().get();
        if (deletedTheStack(report)) {
            stacks.refresh();
        } else if (entry != null && entry.id().equals(report.plan().stack().id())) {
            stacks.reloadContents(entry, report);
        }
    }

    /** Whether the plan deleted its stack as a whole, so that the list is read again. */
    private static boolean deletedTheStack(ExecutionReport report) {
        GuardedOperation<?> operation = report.plan().operation();
        return operation == DeleteStack.DELETE_STACK
                || operation == DeleteCloudFormationStack.DELETE_CLOUDFORMATION_STACK
                || operation == DeleteAutoScalingGroup.DELETE_AUTO_SCALING_GROUP
                && report.plan().stack().kind() == StackKind.AUTO_SCALING_GROUP;
    }

    /**
     * After a layer's groups changed: how many running instances of the layer did not get it (OpsWorks never
     * changes them), read from the reloaded stack.
     */
    void showImpact() {
        if (awaitingImpact == null) {
            return;
        }
        PlanTarget layer = awaitingImpact;
        awaitingImpact = null;
        // The reloaded stack's analysis arrives from the task runner after its rows (decision 0038).
        content.drift().whenAnalysed(() -> sayImpact(layer));
    }

    private void sayImpact(PlanTarget layer) {
        int pending = content.drift().pendingIn(layer.id()).size();
        impact.set(new LayerImpact(layer.id(), pending, "Layer " + layer.name()
                + " changed. New instances only \u2014 " + (pending == 0 ? "no running instance needs it."
                : pending + " online instance" + (pending == 1 ? "" : "s")
                + " will not get this change; OpsWorks never changes a running instance.")));
    }

    private Classification classification() {
        return stacks.selectedStackProperty().get().classification();
    }

    /** Null unless a layer's groups were just changed. */
    public ReadOnlyObjectProperty<LayerImpact> impactProperty() {
        return impact.getReadOnlyProperty();
    }
}
