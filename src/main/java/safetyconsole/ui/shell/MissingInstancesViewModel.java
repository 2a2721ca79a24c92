package safetyconsole.ui.shell;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.attribution.AttributionTarget;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.audit.AuditLog;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.inventory.InventoryHistory;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.inventory.Sighting;
import safetyconsole.migrated.GoneFromGroup;
import safetyconsole.migrated.LookAlikeStacks;
import safetyconsole.ui.attribution.OpsWorksTimeline;
import safetyconsole.ui.attribution.ScalingTimeline;
import safetyconsole.ui.attribution.TimelineViewModel;
import safetyconsole.ui.common.TaskRunner;

/**
 * Instances seen earlier in the selected stack and gone now (from its layers, or from a migrated stack's Auto
 * Scaling groups), until the operator dismisses them; and who changed or removed an instance: its timeline.
 */
public final class MissingInstancesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MissingInstancesViewModel.class);

    private final StackSelection stacks;
    private final InventoryHistory inventoryHistory;
    private final CloudAccount account;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TaskRunner runner;
    private final StatusLine status;
    private final ReadOnlyObjectWrapper<MissingInstances> missing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GroupsGone> groupsGone = new ReadOnlyObjectWrapper<>();

    MissingInstancesViewModel(StackSelection stacks, InventoryHistory inventoryHistory, CloudAccount account,
                              AuditLog auditLog, Clock clock, TaskRunner runner, StatusLine status) {
        this.stacks = stacks;
        this.inventoryHistory = inventoryHistory;
        this.account = account;
        this.auditLog = auditLog;
        this.clock = clock;
        this.runner = runner;
        this.status = status;
    }

    /** What the stack's last load found gone, if anything. */
    void show(MissingInstances found) {
        missing.set(found.isEmpty() ? null : found);
    }

    /** What the migrated stack's last load found gone from its groups, if anything. */
    void show(GroupsGone found) {
        groupsGone.set(found.groups().isEmpty() ? null : found);
    }

    void clear() {
        missing.set(null);
        groupsGone.set(null);
    }

    /** The operator has seen that these instances are gone: stop reporting them. */
    public void dismissMissing() {
        StackEntry entry = stacks.selectedStackProperty().get();
        Optional<String> accountId = stacks.accountId();
        if (entry != null && accountId.isPresent()) {
            // The history file is written in the background; the bar goes at once.
            runner.run("Dismiss the missing instances", () -> {
                inventoryHistory.dismiss(accountId.get(), entry.id());
                return entry;
            }, dismissed -> { }, error -> {
                LOG.warn("Dismissing the missing instances ({})", account.description(), error);
                status.failed("Dismissing the missing instances", error);
            });
        }
        clear();
    }

    /** Who changed (or removed) an instance seen earlier: its timeline. */
    public Optional<TimelineViewModel> timelineOf(Sighting.SeenInstance gone) {
        return timeline(gone.id(), gone.ec2InstanceId(), gone.hostname());
    }

    /** Who changed an instance that is there now. */
    public Optional<TimelineViewModel> timelineOf(Instance instance) {
        return timeline(instance.id(), instance.ec2Id().orElse(null), instance.hostname());
    }

    private Optional<TimelineViewModel> timeline(String opsworksId, String ec2Id, String hostname) {
        StackEntry entry = stacks.selectedStackProperty().get();
        if (entry == null) {
            return Optional.empty();
        }
        if (ec2Id == null) {
            status.error(hostname
                    + " has had no EC2 instance since the console saw it, so CloudTrail has nothing on it.");
            return Optional.empty();
        }
        return Optional.of(new TimelineViewModel(new OpsWorksTimeline(new AttributionTarget(opsworksId, ec2Id,
                hostname, entry.stack().region()), account, auditLog, clock.instant()), runner));
    }

    /** Who removed an instance from an Auto Scaling group of the selected migrated stack: its chain. */
    public Optional<TimelineViewModel> timelineOf(GoneFromGroup group, GoneInstance gone) {
        StackEntry entry = stacks.selectedStackProperty().get();
        if (entry == null || entry.stack().isOpsWorks()) {
            return Optional.empty();
        }
        Stack stack = entry.stack();
        Optional<String> cloudFormationStack = stack.kind() == StackKind.CLOUDFORMATION
                ? Optional.of(stack.name()) : Optional.empty();
        List<Stack> all = stacks.stacks().stream().map(StackEntry::stack).toList();
        return Optional.of(new TimelineViewModel(new ScalingTimeline(gone, new ScalingTimeline.Group(
                group.groupName(), cloudFormationStack, LookAlikeStacks.of(stack, all)), auditLog), runner));
    }

    /** Null unless instances seen earlier are gone from the selected stack. */
    public ReadOnlyObjectProperty<MissingInstances> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Null unless instances seen earlier are gone from the selected migrated stack's groups (or replaced). */
    public ReadOnlyObjectProperty<GroupsGone> groupsGoneProperty() {
        return groupsGone.getReadOnlyProperty();
    }
}
