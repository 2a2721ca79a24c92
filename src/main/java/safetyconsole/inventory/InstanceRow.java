package safetyconsole.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.RootDeviceType;

/**
 * One line of the instances table, in words where the words are worked out (names, groups, addresses);
 * status and root device stay the cloud's types. Security groups are EC2's (the truth); when EC2 has no
 * instance, OpsWorks' own list is shown and marked as such.
 */
public record InstanceRow(
        Instance instance,
        String hostname,
        InstanceStatus status,
        String layers,
        String ec2Id,
        RootDeviceType rootDevice,
        String securityGroups,
        String privateIp,
        String publicIp) {

    static final String NONE = "\u2014";

    public static List<InstanceRow> of(StackInventory inventory) {
        return inventory.instances().stream().map(instance -> of(inventory, instance)).collect(Collectors.toList());
    }

    public static InstanceRow of(StackInventory inventory, Instance instance) {
        String layers = instance.layerIds().stream()
                .map(id -> inventory.layer(id).map(Layer::name).orElse(id))
                .collect(Collectors.joining(", "));
        Optional<Ec2Instance> ec2 = inventory.ec2Of(instance);
        Optional<String> unread = inventory.ec2FailureOf(instance).map(InstanceRow::unread);
        String groups = unread.isPresent() ? unread.get()
                : ec2.map(e -> e.securityGroups().stream().map(GroupRef::name).collect(Collectors.joining(", ")))
                .orElseGet(() -> instance.securityGroupIds().isEmpty() ? NONE
                        : instance.securityGroupIds().stream().map(inventory::groupName)
                                .collect(Collectors.joining(", ")) + " (OpsWorks)");
        return new InstanceRow(instance, instance.hostname(), instance.status(), layers,
                instance.ec2Id().orElse(NONE), instance.rootDeviceType(), groups,
                orNone(ec2.map(Ec2Instance::privateIp).orElse(instance.privateIp())),
                orNone(ec2.map(Ec2Instance::publicIp).orElse(instance.publicIp())));
    }

    /**
     * Whether any cell of the row holds {@code query}, ignoring case (an empty query matches every row): what the
     * instances table's filter keeps ({@link #matching} is what the console calls; this one row, for its test).
     */
    boolean matches(String query) {
        return holds(wanted(query));
    }

    /** The rows of {@code rows} that {@link #matches} {@code query}, in their order. */
    public static List<InstanceRow> matching(List<InstanceRow> rows, String query) {
        String wanted = wanted(query);
        return rows.stream().filter(row -> row.holds(wanted)).toList();
    }

    private static String wanted(String query) {
        return query.strip().toLowerCase(Locale.ROOT);
    }

    private boolean holds(String wanted) {
        return wanted.isEmpty() || Stream.of(hostname, status.apiName(), layers, ec2Id, rootDevice.apiName(),
                securityGroups, privateIp, publicIp).anyMatch(cell -> cell.toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** In place of what EC2 could not tell: never an empty cell that reads as "no groups". */
    static String unread(safetyconsole.cloud.CloudException.Kind kind) {
        return "not read (" + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
