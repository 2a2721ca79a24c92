package safetyconsole.check;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.asgdrift.TemplateVersionRef;
import safetyconsole.asgdrift.UnusedTemplateGroups;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;
import safetyconsole.migrated.ScalingStackInventory;

/** The JSON of one migrated stack: the members "migratedStacks" holds (docs/check-json.md). */
final class MigratedStackJson {

    private MigratedStackJson() {
    }

    static void add(ObjectNode json, MigratedStackResult result) {
        Stack stack = result.stack();
        json.put("id", stack.id());
        json.put("name", stack.name());
        json.put("kind", stack.kind().name());
        json.put("region", stack.region());
        json.put("environment", result.classification().environment().name());
        stack.migratedFrom().ifPresentOrElse(origin -> origin(json.putObject("migratedFrom"), origin),
                () -> json.putNull("migratedFrom"));
        json.put("findings", result.findings());
        json.put("checkedAt", result.inventory().map(inventory -> inventory.loadedAt().toString()).orElse(null));
        json.put("cloudFormationStatus", result.inventory().flatMap(ScalingStackInventory::cloudFormationStack)
                .map(CloudFormationStack::status).orElse(null));
        ArrayNode notChecked = json.putArray("notChecked");
        result.notRead().ifPresent(failure -> notChecked.add("the stack could not be read. "
                + CheckMessages.sentence(failure)));
        ArrayNode groups = json.putArray("groups");
        result.inventory().ifPresent(inventory -> {
            inventory.unread().forEach(notice -> notChecked.add(CheckMessages.notice(notice)));
            inventory.groups().forEach(group -> group(groups.addObject(), group, result));
        });
        GoneFromGroupsJson.add(json.putArray("goneInstances"), result.gone());
        result.logRotation().ifPresentOrElse(rotation -> MigratedLogJson.add(json.putObject("logRotation"), rotation),
                () -> json.putNull("logRotation"));
    }

    private static void origin(ObjectNode json, OpsWorksOrigin origin) {
        json.put("stack", origin.stackName());
        json.put("layer", origin.layerName().orElse(null));
        json.put("stackIdPrefix", origin.stackIdPrefix());
        json.put("application", origin.application().orElse(null));
    }

    private static void group(ObjectNode json, ScalingGroupDrift drift, MigratedStackResult result) {
        json.put("name", drift.group().name());
        json.put("desiredCapacity", drift.group().desiredCapacity());
        ArrayNode specs = json.putArray("launchTemplates");
        for (LaunchTemplateSpec spec : drift.group().launchTemplateSpecs()) {
            ObjectNode entry = specs.addObject();
            entry.put("id", spec.templateId().orElse(null));
            entry.put("name", spec.templateName().orElse(null));
            entry.put("version", spec.version().orElse(null));
        }
        ArrayNode inUse = json.putArray("versionsInUse");
        MigratedStackResult.versionsInUse(drift).forEach(version -> version(inUse.addObject(), version));
        json.put("findings", MigratedStackResult.groupFindings(drift));
        json.put("inSync", drift.withStatus(TemplateSyncStatus.IN_SYNC).size());
        ArrayNode instances = json.putArray("instances");
        drift.instances().forEach(instance -> instance(instances.addObject(), instance, result));
        ArrayNode notUsed = json.putArray("notUsed");
        for (UnusedTemplateGroups unused : drift.unusedGroups()) {
            ObjectNode entry = notUsed.addObject();
            version(entry.putObject("usedNow"), unused.usedNow());
            version(entry.putObject("newer"), unused.newer());
            unused.groupIds().forEach(entry.putArray("groups")::add);
        }
        drift.latestRefresh().ifPresentOrElse(refresh -> {
            ObjectNode entry = json.putObject("latestRefresh");
            entry.put("id", refresh.id());
            entry.put("status", refresh.status().apiName());
            entry.put("active", refresh.status().isActive());
            entry.put("percentageComplete", refresh.percentageComplete().isPresent()
                    ? refresh.percentageComplete().getAsInt() : null);
            entry.put("statusReason", refresh.statusReason().orElse(null));
        }, () -> json.putNull("latestRefresh"));
        json.put("refreshesNotCheckedBecause", drift.refreshesNotCheckedBecause().orElse(null));
        ArrayNode skips = json.putArray("refreshSkips");
        drift.refreshSkips().forEach(skip -> skips.addObject().put("instanceId", skip.instanceId())
                .put("why", skip.why()));
        json.put("suggestedFix", drift.suggestedFix().name());
        drift.sentences().forEach(json.putArray("sentences")::add);
    }

    private static void instance(ObjectNode json, InstanceTemplateDrift instance, MigratedStackResult result) {
        json.put("instanceId", instance.instanceId());
        json.put("status", instance.status().name());
        json.put("finding", MigratedStackResult.isFinding(instance));
        instance.launchedFrom().ifPresentOrElse(origin -> json.putObject("launchedFrom")
                .put("templateId", origin.templateId()).put("version", origin.version()),
                () -> json.putNull("launchedFrom"));
        securityGroups(json.putArray("missing"), instance.missing(), result);
        securityGroups(json.putArray("hotfix"), instance.hotfix(), result);
        json.put("lagging", instance.lagging());
        json.put("reason", instance.reason());
    }

    /** As the OpsWorks stacks' instances name them: id, and the name where EC2 gave one (else null). */
    private static void securityGroups(ArrayNode json, List<String> groupIds, MigratedStackResult result) {
        groupIds.forEach(id -> json.addObject().put("id", id).put("name", result.securityGroupName(id)
                .orElse(null)));
    }

    private static void version(ObjectNode json, TemplateVersionRef version) {
        json.put("templateId", version.templateId());
        json.put("templateName", version.templateName());
        json.put("version", version.versionNumber());
    }
}
