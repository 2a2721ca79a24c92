package safetyconsole.drift;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.inventory.StackInventory;

/**
 * Compares every instance's EC2 groups with what its layers want, under the OpsWorks rule: a layer's group
 * change reaches only instances launched afterwards (including a stopped instance-store instance's next
 * start); running and EBS-backed instances keep what they had. Pure computation on a loaded inventory.
 */
public final class DriftAnalyzer {

    private DriftAnalyzer() {
    }

    public static DriftReport analyze(StackInventory inventory) {
        Map<String, String> builtInIds = inventory.groupsById().values().stream()
                .collect(Collectors.toMap(SecurityGroup::name, SecurityGroup::id, (a, b) -> a));
        List<GroupDrift> drifts = inventory.instances().stream()
                .map(instance -> analyze(inventory, instance, builtInIds))
                .collect(Collectors.toList());
        return new DriftReport(inventory, drifts, inventory.loadedAt());
    }

    /** The ids a newly launched instance in these layers gets; built-in names the VPC lacks are left out. */
    public static Set<String> desired(Stack stack, List<Layer> layers, Map<String, String> builtInIdsByName) {
        Set<String> desired = new LinkedHashSet<>();
        for (Layer layer : layers) {
            desired.addAll(layer.customSecurityGroupIds());
            if (stack.useOpsworksSecurityGroups()) {
                layer.defaultSecurityGroupNames().stream().map(builtInIdsByName::get).filter(id -> id != null)
                        .forEach(desired::add);
            }
        }
        if (stack.useOpsworksSecurityGroups() && builtInIdsByName.containsKey(LayerType.DEFAULT_SERVER_GROUP)) {
            desired.add(builtInIdsByName.get(LayerType.DEFAULT_SERVER_GROUP));
        }
        return desired;
    }

    private static GroupDrift analyze(StackInventory inventory, Instance instance, Map<String, String> builtInIds) {
        List<Layer> layers = instance.layerIds().stream().map(inventory::layer).flatMap(Optional::stream)
                .collect(Collectors.toList());
        Set<String> desired = desired(inventory.stack(), layers, builtInIds);
        if (inventory.groupsUnread().isPresent()) {
            return notChecked(inventory, instance, desired, "the VPC's security groups could not be read ("
                    + words(inventory.groupsUnread().get()) + ")");
        }
        Set<String> deleted = desired.stream().filter(id -> !inventory.groupsById().containsKey(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> attachable = new LinkedHashSet<>(desired);
        attachable.removeAll(deleted);

        boolean stopped = instance.status() == InstanceStatus.STOPPED;
        if (stopped && instance.rootDeviceType() == RootDeviceType.INSTANCE_STORE) {
            return new GroupDrift(instance, instance.layerIds(), desired, Set.of(), Set.of(), Set.of(), deleted,
                    SyncStatus.WILL_SYNC_ON_START, "Stopped instance-store: its next start launches a new EC2"
                    + " instance with the layers' current groups.", inventory.loadedAt());
        }
        Optional<CloudException.Kind> failure = inventory.ec2FailureOf(instance);
        if (failure.isPresent()) {
            return notChecked(inventory, instance, desired, "EC2 could not be read (" + words(failure.get()) + ")");
        }
        if (instance.ec2Id().isEmpty()) {
            return notChecked(inventory, instance, desired,
                    "No EC2 instance yet: it gets the layers' groups when first started");
        }
        Optional<Ec2Instance> ec2 = inventory.ec2Of(instance);
        if (ec2.isEmpty()) {
            return notChecked(inventory, instance, desired, "EC2 does not know " + instance.ec2Id().orElseThrow());
        }
        Set<String> actual = ec2.get().securityGroups().stream().map(GroupRef::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> missing = new LinkedHashSet<>(attachable);
        missing.removeAll(actual);
        Set<String> extra = new LinkedHashSet<>(actual);
        extra.removeAll(desired);
        SyncStatus status;
        String reason;
        if (missing.isEmpty() && extra.isEmpty()) {
            status = SyncStatus.IN_SYNC;
            reason = "Has exactly its layers' groups.";
        } else if (stopped) {
            status = SyncStatus.WONT_SYNC_ON_START;
            reason = "Stopped EBS-backed: a start restarts the same EC2 instance and keeps these groups.";
        } else {
            status = SyncStatus.PENDING;
            reason = "Running: OpsWorks adds or removes layer groups only on new instances, never on this one.";
        }
        return new GroupDrift(instance, instance.layerIds(), desired, actual, missing, extra, deleted, status, reason,
                inventory.loadedAt());
    }

    private static GroupDrift notChecked(StackInventory inventory, Instance instance, Set<String> desired, String why) {
        return new GroupDrift(instance, instance.layerIds(), desired, Set.of(), Set.of(), Set.of(), Set.of(),
                SyncStatus.NOT_CHECKED, why + ".", inventory.loadedAt());
    }

    private static String words(CloudException.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
