package safetyconsole.drift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.inventory.StackInventory;

/**
 * Compares every instance's EC2 groups with what its layers want, under the OpsWorks rule: a layer's group
 * change reaches only instances launched afterwards (including a stopped instance-store instance's next
 * start); running and EBS-backed instances keep what they had. Pure computation on a loaded inventory.
 * At fleet scale (issue 19): group ids are numbered once per analysis, what a list of layers wants is worked out
 * once for all its instances, and each instance costs two differences of a few ints.
 */
public final class DriftAnalyzer {

    private static final String NO_EC2_YET = "No EC2 instance yet: it gets the layers' groups when first started.";

    private final StackInventory inventory;
    private final GroupIds ids = new GroupIds();
    private final Map<String, String> builtInIdsByName = new HashMap<>();
    private final Map<String, Layer> layersById = new HashMap<>();
    private final Map<List<String>, LayerGroups> wantedByLayerIds = new HashMap<>();
    private final Optional<String> groupsUnreadReason;
    private int[] scratch = new int[16];

    private DriftAnalyzer(StackInventory inventory) {
        this.inventory = inventory;
        inventory.groupsById().values().forEach(group -> builtInIdsByName.putIfAbsent(group.name(), group.id()));
        inventory.layers().forEach(layer -> layersById.putIfAbsent(layer.id(), layer));
        this.groupsUnreadReason = inventory.groupsUnread()
                .map(kind -> "the VPC's security groups could not be read (" + words(kind) + ").");
    }

    public static DriftReport analyze(StackInventory inventory) {
        DriftAnalyzer analyzer = new DriftAnalyzer(inventory);
        List<GroupDrift> drifts = new ArrayList<>(inventory.instances().size());
        for (Instance instance : inventory.instances()) {
            drifts.add(analyzer.analyze(instance));
        }
        return new DriftReport(inventory, drifts, inventory.loadedAt());
    }

    /** The ids a newly launched instance in these layers gets; built-in names the VPC lacks are left out. */
    private static Set<String> desired(Stack stack, List<Layer> layers, Map<String, String> builtInIdsByName) {
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

    /** Instances of the same layers share one answer (and their GroupDrifts one desired set). */
    private LayerGroups wantedBy(List<String> layerIds) {
        return wantedByLayerIds.computeIfAbsent(layerIds, this::wanted);
    }

    private LayerGroups wanted(List<String> layerIds) {
        List<Layer> layers = new ArrayList<>();
        for (String layerId : layerIds) {
            Layer layer = layersById.get(layerId);
            if (layer != null) {
                layers.add(layer);
            }
        }
        Set<String> desired = desired(inventory.stack(), layers, builtInIdsByName);
        int[] all = new int[desired.size()];
        int[] deleted = new int[desired.size()];
        int[] attachable = new int[desired.size()];
        int allCount = 0;
        int deletedCount = 0;
        int attachableCount = 0;
        for (String id : desired) {
            int number = ids.numberOf(id);
            all[allCount++] = number;
            if (inventory.groupsById().containsKey(id)) {
                attachable[attachableCount++] = number;
            } else {
                deleted[deletedCount++] = number;
            }
        }
        return new LayerGroups(GroupIdSet.of(ids, all, allCount), GroupIdSet.of(ids, deleted, deletedCount),
                GroupIdSet.of(ids, attachable, attachableCount));
    }

    private GroupDrift analyze(Instance instance) {
        LayerGroups wanted = wantedBy(instance.layerIds());
        if (groupsUnreadReason.isPresent()) {
            return notChecked(instance, wanted, groupsUnreadReason.get());
        }
        boolean stopped = instance.status() == InstanceStatus.STOPPED;
        if (stopped && instance.rootDeviceType() == RootDeviceType.INSTANCE_STORE) {
            return new GroupDrift(instance, instance.layerIds(), wanted.desired(), GroupIdSet.NONE, GroupIdSet.NONE,
                    GroupIdSet.NONE, wanted.deleted(), SyncStatus.WILL_SYNC_ON_START, "Stopped instance-store: its"
                    + " next start launches a new EC2 instance with the layers' current groups.", inventory.loadedAt());
        }
        Optional<CloudException.Kind> failure = inventory.ec2FailureOf(instance);
        if (failure.isPresent()) {
            return notChecked(instance, wanted, "EC2 could not be read (" + words(failure.get()) + ").");
        }
        if (instance.ec2Id().isEmpty()) {
            return notChecked(instance, wanted, NO_EC2_YET);
        }
        Optional<Ec2Instance> ec2 = inventory.ec2Of(instance);
        if (ec2.isEmpty()) {
            return notChecked(instance, wanted, "EC2 does not know " + instance.ec2Id().orElseThrow() + ".");
        }
        return compare(instance, wanted, ec2.get().securityGroups(), stopped);
    }

    private GroupDrift compare(Instance instance, LayerGroups wanted, List<GroupRef> attached, boolean stopped) {
        int[] actualNumbers = new int[attached.size()];
        int actualCount = 0;
        for (GroupRef group : attached) {
            int number = ids.numberOf(group.id());
            if (!among(actualNumbers, actualCount, number)) {
                actualNumbers[actualCount++] = number;
            }
        }
        GroupIdSet missing = missing(wanted.attachable(), actualNumbers, actualCount);
        GroupIdSet extra = extra(actualNumbers, actualCount, wanted.desired());
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
        // Most instances have exactly what their layers want, in the same order: they share that set.
        GroupIdSet actual = wanted.desired().sameMembersInOrder(actualNumbers, actualCount) ? wanted.desired()
                : GroupIdSet.of(ids, actualNumbers, actualCount);
        return new GroupDrift(instance, instance.layerIds(), wanted.desired(), actual, missing, extra,
                wanted.deleted(), status, reason, inventory.loadedAt());
    }

    /** The attachable groups the instance lacks, in the layers' order. */
    private GroupIdSet missing(GroupIdSet attachable, int[] actualNumbers, int actualCount) {
        int[] lacking = scratchFor(attachable.size());
        int count = 0;
        for (int i = 0; i < attachable.size(); i++) {
            int number = attachable.numberAt(i);
            if (!among(actualNumbers, actualCount, number)) {
                lacking[count++] = number;
            }
        }
        return GroupIdSet.of(ids, lacking, count);
    }

    /** The instance's groups its layers do not want, in EC2's order. */
    private GroupIdSet extra(int[] actualNumbers, int actualCount, GroupIdSet desired) {
        int[] unwanted = scratchFor(actualCount);
        int count = 0;
        for (int i = 0; i < actualCount; i++) {
            if (!desired.hasNumber(actualNumbers[i])) {
                unwanted[count++] = actualNumbers[i];
            }
        }
        return GroupIdSet.of(ids, unwanted, count);
    }

    private int[] scratchFor(int size) {
        if (scratch.length < size) {
            scratch = new int[size];
        }
        return scratch;
    }

    private static boolean among(int[] numbers, int count, int number) {
        for (int i = 0; i < count; i++) {
            if (numbers[i] == number) {
                return true;
            }
        }
        return false;
    }

    private GroupDrift notChecked(Instance instance, LayerGroups wanted, String reason) {
        return new GroupDrift(instance, instance.layerIds(), wanted.desired(), GroupIdSet.NONE, GroupIdSet.NONE,
                GroupIdSet.NONE, GroupIdSet.NONE, SyncStatus.NOT_CHECKED, reason, inventory.loadedAt());
    }

    private static String words(CloudException.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
