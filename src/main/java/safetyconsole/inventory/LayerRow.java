package safetyconsole.inventory;

import java.util.List;
import java.util.stream.Collectors;

import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;

/** One line of the layers table: what the layer is, how many instances run in it, and its groups by name. */
public record LayerRow(
        Layer layer,
        String name,
        LayerType type,
        String shortname,
        String instances,
        String customGroups,
        String builtInGroups) {

    public static List<LayerRow> of(StackInventory inventory) {
        return inventory.layers().stream().map(layer -> of(inventory, layer)).collect(Collectors.toList());
    }

    static LayerRow of(StackInventory inventory, Layer layer) {
        long total = inventory.instances().stream().filter(i -> i.layerIds().contains(layer.id())).count();
        long online = inventory.instances().stream()
                .filter(i -> i.layerIds().contains(layer.id()) && i.status() == InstanceStatus.ONLINE).count();
        String custom = layer.customSecurityGroupIds().stream().map(inventory::groupName)
                .collect(Collectors.joining(", "));
        return new LayerRow(layer, layer.name(), layer.type(), layer.shortname(),
                online + " online of " + total,
                custom.isEmpty() ? InstanceRow.NONE : custom,
                layer.defaultSecurityGroupNames().isEmpty() ? InstanceRow.NONE
                        : String.join(", ", layer.defaultSecurityGroupNames()));
    }
}
