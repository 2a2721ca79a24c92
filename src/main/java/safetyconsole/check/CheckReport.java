package safetyconsole.check;

import java.util.List;
import java.util.Optional;

import safetyconsole.attribution.Attribution;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.context.Classification;
import safetyconsole.drift.DriftReport;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.inventory.StackInventory;
import safetyconsole.logrotate.AppLogCheck;

/**
 * Every safety check of the chosen stacks, and whether anything needs a look. {@code notices}: what the account's
 * stacks were listed without; a service not offered is information, what could not be read counts as a finding.
 * {@code stacks} are the OpsWorks stacks, {@code migratedStacks} the others, read in {@code regionsRead}.
 */
public record CheckReport(String source, CallerIdentity caller, Optional<String> accountAlias,
                          List<String> regionsRead, List<ServiceNotice> notices, List<StackResult> stacks,
                          List<MigratedStackResult> migratedStacks) {

    public CheckReport {
        regionsRead = List.copyOf(regionsRead);
    }

    /** One stack's results. */
    public record StackResult(StackInventory inventory, Classification classification, DriftReport pendingGroups,
                              List<AppLogCheck> logRotation, MissingInstances missing, List<Attribution> attributions) {

        /** Instances to look at: pending, won't sync on start, not checked, or naming deleted groups. */
        public List<GroupDrift> groupFindings() {
            return pendingGroups.instances().stream().filter(d -> d.hasProblem()
                    && d.status() != SyncStatus.WILL_SYNC_ON_START || !d.deleted().isEmpty()).toList();
        }

        /** Apps rotating twice, or not checked (which is never clean). */
        public List<AppLogCheck> logFindings() {
            return logRotation.stream().filter(c -> c.status() != AppLogCheck.Status.CLEAN).toList();
        }

        public int findings() {
            return groupFindings().size() + logFindings().size() + missing.gone().size();
        }
    }

    public int findings() {
        return stacks.stream().mapToInt(StackResult::findings).sum()
                + migratedStacks.stream().mapToInt(MigratedStackResult::findings).sum()
                + (int) notices.stream().filter(ServiceNotice::leavesSomethingUnchecked).count();
    }
}
