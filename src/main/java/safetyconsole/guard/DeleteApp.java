package safetyconsole.guard;

import java.util.List;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Operation;

/** OpsWorks DeleteApp: the app goes; code already deployed stays on the instances. */
public enum DeleteApp implements GuardedOperation<SimplePlan> {
    DELETE_APP;

    SimplePlan plan(PlanHeader header, App app) {
        return new SimplePlan(header, this, List.of(PlanTarget.app(app)), List.of("App " + app.name()
                + " is removed from the stack: no more deploys of it. Code already deployed stays on the instances"
                + " until they are replaced.", Consequences.CANNOT_UNDO));
    }

    @Override
    public String verb() {
        return "Delete";
    }

    @Override
    public boolean removes() {
        return true;
    }

    @Override
    public List<Operation> calls() {
        return List.of(Operation.DELETE_APP);
    }

    @Override
    public List<String> reverify(SimplePlan plan, CloudAccount reads) {
        return LiveTargets.missing(plan, LiveTargets.byId(reads.describeApps(plan.stack().id()), App::id), "app");
    }

    @Override
    public TargetOutcome carryOut(SimplePlan plan, PlanTarget target, Steps steps) {
        return steps.call(null, Operation.DELETE_APP,
                (port, confirmation) -> port.deleteApp(target.id(), confirmation));
    }
}
