package safetyconsole.guard;

import java.util.Optional;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.ScalingGroupReads;

/** What starting and cancelling an instance refresh both need to know about a group's refreshes. */
final class RefreshState {

    private RefreshState() {
    }

    /** Neither may be planned blind: whether a refresh runs must have been read. */
    static void refuseUnlessKnown(ScalingGroupDrift drift) {
        drift.refreshesNotCheckedBecause().ifPresent(why -> {
            throw new PlanRefusedException("Whether an instance refresh runs on " + drift.group().name()
                    + " is not known (" + why + "); read the account again and try again.");
        });
    }

    /** The refresh still replacing (or rolling back) instances of the group now, if any. */
    static Optional<InstanceRefresh> active(ScalingGroupReads reads, String region, String groupName) {
        return reads.describeInstanceRefreshes(region, groupName).stream()
                .filter(refresh -> refresh.status().isActive()).findFirst();
    }

    /** "42% complete, InProgress". */
    static String progress(InstanceRefresh refresh) {
        return refresh.percentageComplete().orElse(0) + "% complete, " + refresh.status().apiName();
    }
}
