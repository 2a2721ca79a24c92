package safetyconsole.ui.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateVersionRef;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.migrated.ScalingDriftExport;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.SecurityGroupNames;

/**
 * One instance of a migrated stack's groups, as the Instances table shows it. {@code drift} is empty for an
 * instance the analysis leaves out because it is leaving its group (terminating, detaching). {@code groupNames}:
 * the security groups' names, as the stack's load resolved them.
 */
public record GroupInstanceRow(String groupName, AutoScalingInstance instance, Optional<InstanceTemplateDrift> drift,
                               Optional<Ec2Instance> ec2, SecurityGroupNames groupNames) {

    /** Every instance Auto Scaling lists, group by group in the stack's order. */
    public static List<GroupInstanceRow> of(ScalingStackInventory inventory) {
        List<GroupInstanceRow> rows = new ArrayList<>();
        for (ScalingGroupDrift group : inventory.groups()) {
            for (AutoScalingInstance instance : group.group().instances()) {
                Optional<InstanceTemplateDrift> drift = group.instances().stream()
                        .filter(checked -> checked.instanceId().equals(instance.instanceId())).findFirst();
                rows.add(new GroupInstanceRow(group.group().name(), instance, drift,
                        Optional.ofNullable(inventory.ec2ById().get(instance.instanceId())),
                        inventory.securityGroupNames()));
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

    /** The names of the groups it lacks (ids where no name is known), or null when it lacks none. */
    public String missing() {
        return words(InstanceTemplateDrift::missing, groupNames::names);
    }

    /** Each group it lacks as "name (id)", one a line, for the tooltip; null when it lacks none. */
    public String missingWithIds() {
        return words(InstanceTemplateDrift::missing, groupNames::namesWithIds);
    }

    /** The names of the groups added by hand, or null when there are none. */
    public String hotfix() {
        return words(InstanceTemplateDrift::hotfix, groupNames::names);
    }

    public String hotfixWithIds() {
        return words(InstanceTemplateDrift::hotfix, groupNames::namesWithIds);
    }

    public String reason() {
        return drift.map(InstanceTemplateDrift::reason)
                .orElse("Leaving the group (" + lifecycleState() + "): not compared.");
    }

    /** "launch template web-lt version 3", what its group launches from now, as far as it is known. */
    public String templateInUse() {
        return drift.flatMap(InstanceTemplateDrift::usedNow).map(TemplateVersionRef::words)
                .orElse("Its group's launch template");
    }

    /** The groups the launch template version in use gives new instances; empty when not known. */
    public List<String> templateGroups() {
        return drift.map(InstanceTemplateDrift::desired).orElse(List.of());
    }

    /** The groups EC2 says it has now; empty when EC2 did not say. */
    public List<String> groupsNow() {
        return ec2.map(instance -> instance.securityGroups().stream().map(GroupRef::id).distinct().toList())
                .orElse(List.of());
    }

    private String words(Function<InstanceTemplateDrift, List<String>> groupIds,
                         Function<List<String>, String> words) {
        return drift.map(groupIds).filter(ids -> !ids.isEmpty()).map(words).orElse(null);
    }

    public String privateIp() {
        return ec2.map(Ec2Instance::privateIp).orElse(null);
    }
}
