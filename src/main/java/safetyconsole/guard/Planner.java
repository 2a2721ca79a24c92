package safetyconsole.guard;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.Stack;
import safetyconsole.context.Classification;
import safetyconsole.drift.GroupDrift;
import safetyconsole.inventory.StackInventory;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * Turns a selection into a {@link Plan}, or refuses with a sentence ({@link PlanRefusedException}). Each
 * operation knows its own targets, refusals and consequences; the planner gives every plan its header: a new
 * id, the stack as loaded, its classification and the time.
 */
public final class Planner {

    private final Clock clock;

    public Planner(Clock clock) {
        this.clock = clock;
    }

    public InstancePlan instances(StackInventory inventory, Classification classification,
                                  Collection<Instance> selection, InstanceOperation operation,
                                  InstanceOptions options) {
        return operation.plan(header(inventory, classification), inventory, selection, options);
    }

    public SimplePlan deleteLayer(StackInventory inventory, Classification classification, Layer layer) {
        return DeleteLayer.DELETE_LAYER.plan(header(inventory, classification), inventory, layer);
    }

    public SimplePlan deleteApp(StackInventory inventory, Classification classification, App app) {
        return DeleteApp.DELETE_APP.plan(header(inventory, classification), app);
    }

    public SimplePlan deleteStack(StackInventory inventory, Classification classification) {
        return DeleteStack.DELETE_STACK.plan(header(inventory, classification), inventory);
    }

    public GroupPlan fixGroups(StackInventory inventory, Classification classification, List<GroupDrift> selection,
                               GroupFix fix) {
        return ModifyInstanceGroups.MODIFY_INSTANCE_GROUPS.plan(header(inventory, classification), inventory,
                selection, fix);
    }

    public SimplePlan restartInstanceStore(StackInventory inventory, Classification classification,
                                           List<GroupDrift> selection) {
        return RestartInstanceStore.RESTART_INSTANCE_STORE.plan(header(inventory, classification), inventory,
                selection);
    }

    public GroupPlan updateLayerGroups(StackInventory inventory, Classification classification, Layer layer,
                                       List<String> groupIds) {
        return UpdateLayerGroups.UPDATE_LAYER_GROUPS.plan(header(inventory, classification), inventory, layer,
                groupIds);
    }

    // The stacks migrated off OpsWorks: a group is named by its name, an instance by its EC2 id.

    /** Replaces, with SkipMatching, the group's instances launched from another template or version. */
    public ScalingPlan<ScalingChange.None> startInstanceRefresh(ScalingStackInventory inventory,
                                                                Classification classification, String groupName) {
        return StartInstanceRefresh.START_INSTANCE_REFRESH.plan(header(inventory.stack(), classification), inventory,
                groupName);
    }

    /** Stops the refresh running on the group, leaving it half-done. */
    public ScalingPlan<ScalingChange.None> cancelInstanceRefresh(ScalingStackInventory inventory,
                                                                 Classification classification, String groupName) {
        return CancelInstanceRefresh.CANCEL_INSTANCE_REFRESH.plan(header(inventory.stack(), classification),
                inventory, groupName);
    }

    /** Launches or terminates instances until the group has {@code desiredCapacity}. */
    public ScalingPlan<ScalingChange.Capacity> setDesiredCapacity(ScalingStackInventory inventory,
                                                                  Classification classification, String groupName,
                                                                  int desiredCapacity) {
        return SetDesiredCapacity.SET_DESIRED_CAPACITY.plan(header(inventory.stack(), classification), inventory,
                groupName, desiredCapacity);
    }

    /** Terminates instances in their groups; without the decrement each group launches a replacement. */
    public ScalingPlan<ScalingChange.Termination> terminateInGroup(ScalingStackInventory inventory,
                                                                   Classification classification,
                                                                   Collection<String> instanceIds,
                                                                   boolean decrementDesiredCapacity) {
        return TerminateInstanceInGroup.TERMINATE_INSTANCE_IN_GROUP.plan(header(inventory.stack(), classification),
                inventory, instanceIds, decrementDesiredCapacity);
    }

    /** Gives one instance exactly {@code groupIds}, on it alone (its template keeps what it has). */
    public ScalingPlan<ScalingChange.Groups> hotfixGroups(ScalingStackInventory inventory,
                                                          Classification classification, String instanceId,
                                                          List<String> groupIds) {
        return HotfixInstanceGroups.HOTFIX_INSTANCE_GROUPS.plan(header(inventory.stack(), classification), inventory,
                instanceId, groupIds);
    }

    /** Deletes the group; one with instances only with {@code forceDelete}, which terminates them all. */
    public ScalingPlan<ScalingChange.GroupDeletion> deleteAutoScalingGroup(ScalingStackInventory inventory,
                                                                           Classification classification,
                                                                           String groupName, boolean forceDelete) {
        return DeleteAutoScalingGroup.DELETE_AUTO_SCALING_GROUP.plan(header(inventory.stack(), classification),
                inventory, groupName, forceDelete);
    }

    /** Deletes the inventory's CloudFormation stack and everything it holds. */
    public ScalingPlan<ScalingChange.None> deleteCloudFormationStack(ScalingStackInventory inventory,
                                                                     Classification classification) {
        return DeleteCloudFormationStack.DELETE_CLOUDFORMATION_STACK.plan(header(inventory.stack(), classification),
                inventory);
    }

    /** Runs the look's read-only script for {@code logDirectory} on one instance of a group, as root. */
    public ScalingPlan<ScalingChange.Script> lookOnInstance(ScalingStackInventory inventory,
                                                            Classification classification, String instanceId,
                                                            String logDirectory) {
        return LookOnInstance.LOOK_ON_INSTANCE.plan(header(inventory.stack(), classification), inventory, instanceId,
                logDirectory);
    }

    private PlanHeader header(StackInventory inventory, Classification classification) {
        return header(inventory.stack(), classification);
    }

    private PlanHeader header(Stack stack, Classification classification) {
        return new PlanHeader(UUID.randomUUID().toString(), stack, classification, clock.instant());
    }
}
