package safetyconsole.guard;

import java.util.List;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;

/** OpsWorks DeleteApp: the app goes; code already deployed stays on the instances. */
public enum DeleteApp implements Removal {
    DELETE_APP;

    SimplePlan plan(PlanHeader header, App app) {
        return new SimplePlan(header, this, List.of(PlanTarget.app(app)), List.of("App " + app.name()
                + " is removed from the stack: no more deploys of it. Code already deployed stays on the instances"
                + " until they are replaced.", Consequences.CANNOT_UNDO));
    }

    @Override
    public Operation call() {
        return Operation.DELETE_APP;
    }

    @Override
    public MutationResult remove(CloudOperations port, String targetId, Confirmation confirmation) {
        return port.deleteApp(targetId, confirmation);
    }

    @Override
    public List<String> reverify(SimplePlan plan, CloudAccount reads) {
        return LiveTargets.missing(plan, LiveTargets.byId(reads.describeApps(plan.stack().id()), App::id), "app");
    }
}
