package safetyconsole.guard;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.context.Classification;
import safetyconsole.drift.GroupDrift;
import safetyconsole.inventory.StackInventory;

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

    private PlanHeader header(StackInventory inventory, Classification classification) {
        return new PlanHeader(UUID.randomUUID().toString(), inventory.stack(), classification, clock.instant());
    }
}
