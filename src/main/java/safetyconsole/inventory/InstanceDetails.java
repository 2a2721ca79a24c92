package safetyconsole.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.RootDeviceType;

/** The details pane of one instance, as label/value lines, including what its root device means for a stop. */
public final class InstanceDetails {

    public record Line(String label, String value) {
    }

    private InstanceDetails() {
    }

    public static List<Line> of(StackInventory inventory, Instance instance) {
        InstanceRow row = InstanceRow.of(inventory, instance);
        Optional<Ec2Instance> ec2 = inventory.ec2Of(instance);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Hostname", instance.hostname()));
        lines.add(new Line("OpsWorks id", instance.id()));
        lines.add(new Line("Status", row.status().apiName()));
        lines.add(new Line("Layers", row.layers()));
        lines.add(new Line("EC2 instance", ec2.map(e -> e.id() + " (" + e.state().apiName() + ")")
                .orElse(noEc2(instance))));
        lines.add(new Line("Root device", rootDevice(instance.rootDeviceType())));
        lines.add(new Line("Instance type", orNone(instance.instanceType())));
        lines.add(new Line("Availability zone", orNone(instance.availabilityZone())));
        lines.add(new Line("Security groups (EC2)", ec2.isPresent() ? row.securityGroups() : InstanceRow.NONE));
        lines.add(new Line("Security groups (OpsWorks)", instance.securityGroupIds().isEmpty() ? InstanceRow.NONE
                : instance.securityGroupIds().stream().map(inventory::groupName).collect(Collectors.joining(", "))));
        lines.add(new Line("Private IP", row.privateIp()));
        lines.add(new Line("Public IP", row.publicIp()));
        lines.add(new Line("Created", instance.createdAt() == null ? InstanceRow.NONE
                : instance.createdAt().toString()));
        return lines;
    }

    private static String noEc2(Instance instance) {
        return instance.ec2Id().map(id -> id + " (EC2 does not know it)").orElse("none (not running)");
    }

    private static String rootDevice(RootDeviceType type) {
        return type == RootDeviceType.EBS
                ? "EBS \u2014 stop/start keeps the same EC2 instance and its groups"
                : "instance-store \u2014 stopping ends the EC2 instance and its data; start launches a new one";
    }

    private static String orNone(String value) {
        return value == null ? InstanceRow.NONE : value;
    }
}
