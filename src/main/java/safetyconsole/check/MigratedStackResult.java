package safetyconsole.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.asgdrift.TemplateVersionRef;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Stack;
import safetyconsole.context.Classification;
import safetyconsole.logrotate.MigratedLogCheck;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.migrated.GoneFromGroup;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * One stack of the migrated kinds as the check saw it: its inventory, or the failure that kept it from being read
 * at all (then the whole stack is NOT CHECKED, one finding); per Auto Scaling group the instances gone since
 * the console last saw it, with who was behind it; and where its logs rotate, when it was read.
 */
public record MigratedStackResult(Stack stack, Classification classification,
                                  Optional<ScalingStackInventory> inventory, Optional<CloudException> notRead,
                                  List<GoneFromGroup> gone, Optional<MigratedLogRotation> logRotation) {

    public MigratedStackResult {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(logRotation, "logRotation");
        if (inventory.isPresent() == notRead.isPresent()) {
            throw new IllegalArgumentException("A stack is either read or not");
        }
        gone = List.copyOf(gone);
    }

    /** The name EC2 gives a security group, as resolved where the stack was read. */
    public Optional<String> securityGroupName(String groupId) {
        return inventory.flatMap(read -> read.securityGroupNames().name(groupId));
    }

    /**
     * What needs a look: each instance MISSING, HOTFIX or NOT_CHECKED (LAG is context: it has the groups), each
     * template version's groups not used, a refresh that failed or was cancelled, refreshes not read, and each item
     * of the stack not read; each instance lost or detached from a group since last seen; each app whose log
     * rotation is not CLEAN. A refresh in progress, the instances it skips and the instances replaced as planned
     * are reported, not counted.
     */
    public int findings() {
        int logs = logRotation.map(rotation -> (int) rotation.apps().stream()
                .filter(app -> app.verdict() != MigratedLogCheck.Verdict.CLEAN).count()).orElse(0);
        return inventory.map(read -> read.unread().size()
                + read.groups().stream().mapToInt(MigratedStackResult::groupFindings).sum()).orElse(1)
                + gone.stream().mapToInt(GoneFromGroup::findings).sum() + logs;
    }

    static int groupFindings(ScalingGroupDrift group) {
        int instances = (int) group.instances().stream().filter(MigratedStackResult::isFinding).count();
        int refresh = group.latestRefresh().filter(latest -> latest.status().endedUnfinished()).isPresent() ? 1 : 0;
        int refreshesUnread = group.refreshesNotCheckedBecause().isPresent() ? 1 : 0;
        return instances + group.unusedGroups().size() + refresh + refreshesUnread;
    }

    static boolean isFinding(InstanceTemplateDrift instance) {
        return instance.status() != TemplateSyncStatus.IN_SYNC && instance.status() != TemplateSyncStatus.LAG;
    }

    /** The launch template versions the group's instances are judged against, each once. */
    static List<TemplateVersionRef> versionsInUse(ScalingGroupDrift group) {
        Set<TemplateVersionRef> versions = new LinkedHashSet<>();
        group.instances().forEach(instance -> instance.usedNow().ifPresent(versions::add));
        group.unusedGroups().forEach(unused -> versions.add(unused.usedNow()));
        return List.copyOf(versions);
    }
}
