package safetyconsole.guard;

import java.util.Objects;

import safetyconsole.cloud.App;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.StackInventory;

/**
 * One target as it was when planned. Re-verification compares the live account with exactly these values;
 * {@code ec2Id}, {@code status}, {@code layers}, {@code rootDevice} and {@code elasticIp} are null for targets
 * other than OpsWorks instances.
 */
public record PlanTarget(TargetKind kind, String id, String name, String ec2Id, InstanceStatus status, String layers,
                         RootDeviceType rootDevice, String elasticIp) {

    public PlanTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** An instance as last loaded; refused when the inventory no longer holds it (the user acted on old rows). */
    static PlanTarget instance(StackInventory inventory, Instance instance) {
        if (!inventory.instances().contains(instance)) {
            throw new PlanRefusedException(instance.hostname() + " is not in " + inventory.stack().name()
                    + " as last loaded; read the account again and try again.");
        }
        return new PlanTarget(TargetKind.INSTANCE, instance.id(), instance.hostname(), instance.ec2Id().orElse(null),
                instance.status(), InstanceRow.of(inventory, instance).layers(), instance.rootDeviceType(),
                instance.elasticIpAddress().orElse(null));
    }

    static PlanTarget layer(Layer layer) {
        return new PlanTarget(TargetKind.LAYER, layer.id(), layer.name(), null, null, null, null, null);
    }

    static PlanTarget app(App app) {
        return new PlanTarget(TargetKind.APP, app.id(), app.name(), null, null, null, null, null);
    }

    static PlanTarget stack(Stack stack) {
        return new PlanTarget(TargetKind.STACK, stack.id(), stack.name(), null, null, null, null, null);
    }

    /** An Auto Scaling group: named, and confirmed, by its name. */
    static PlanTarget group(AutoScalingGroup group) {
        return new PlanTarget(TargetKind.GROUP, group.name(), group.name(), null, null, null, null, null);
    }

    /** An instance of an Auto Scaling group: EC2's id is its only id (it has no OpsWorks status or layers). */
    static PlanTarget groupInstance(String instanceId) {
        return new PlanTarget(TargetKind.INSTANCE, instanceId, instanceId, null, null, null, null, null);
    }

    /** How the audit log names it: {@code rails-app7 (opsworks-id, i-…)}. */
    public String describe() {
        return name + " (" + id + (ec2Id == null ? "" : ", " + ec2Id) + ")";
    }
}
