package safetyconsole.ui.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.migrated.ScalingDriftExport;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * One instance of a migrated stack's groups, as the Instances table shows it. {@code drift} is empty for an
 * instance the analysis leaves out because it is leaving its group (terminating, detaching).
 */
public record GroupInstanceRow(String groupName, AutoScalingInstance instance, Optional<InstanceTemplateDrift> drift,
                               Optional<Ec2Instance> ec2) {

    /** Every instance Auto Scaling lists, group by group in the stack's order. */
    public static List<GroupInstanceRow> of(ScalingStackInventory inventory) {
        List<GroupInstanceRow> rows = new ArrayList<>();
        for (ScalingGroupDrift group : inventory.groups()) {
            for (AutoScalingInstance instance : group.group().instances()) {
                Optional<InstanceTemplateDrift> drift = group.instances().stream()
                        .filter(checked -> checked.instanceId().equals(instance.instanceId())).findFirst();
                rows.add(new GroupInstanceRow(group.group().name(), instance, drift,
                        Optional.ofNullable(inventory.ec2ById().get(instance.instanceId()))));
            }
        }
        return rows;
    }

    public String instanceId() {
        return instance.instanceId();
    }

    public String lifecycleState() {
        return instance.lifecycleState().apiName();
    }

    /** "version 2" (of the template in use), another template's id and version, or null when not known. */
    public String launchedFrom() {
        String words = drift.map(ScalingDriftExport::launchedFrom).orElse("");
        return words.isEmpty() ? null : words;
    }

    /** MISSING, HOTFIX, LAG, IN_SYNC, NOT_CHECKED, or null for an instance leaving its group. */
    public String status() {
        return drift.map(checked -> checked.status().name()).orElse(null);
    }

    public String missing() {
        return drift.map(checked -> String.join(", ", checked.missing())).filter(ids -> !ids.isEmpty()).orElse(null);
    }

    public String hotfix() {
        return drift.map(checked -> String.join(", ", checked.hotfix())).filter(ids -> !ids.isEmpty()).orElse(null);
    }

    public String reason() {
        return drift.map(InstanceTemplateDrift::reason)
                .orElse("Leaving the group (" + lifecycleState() + "): not compared.");
    }

    public String privateIp() {
        return ec2.map(Ec2Instance::privateIp).orElse(null);
    }
}
