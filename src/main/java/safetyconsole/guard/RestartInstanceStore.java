package safetyconsole.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.StackInventory;

/**
 * The fix OpsWorks itself offers for a pending instance-store instance: StopInstance, wait until it is stopped
 * (its EC2 instance and instance-store data are gone), StartInstance: it comes back as a new EC2 instance
 * with its layers' current groups.
 */
public enum RestartInstanceStore implements GuardedOperation<SimplePlan> {
    RESTART_INSTANCE_STORE;

    SimplePlan plan(PlanHeader header, StackInventory inventory, List<GroupDrift> selection) {
        if (selection.isEmpty()) {
            throw new PlanRefusedException("Select at least one pending instance-store instance.");
        }
        List<String> refusals = new ArrayList<>();
        List<String> consequences = new ArrayList<>();
        for (GroupDrift drift : selection) {
            Instance instance = drift.instance();
            if (instance.rootDeviceType() != RootDeviceType.INSTANCE_STORE) {
                refusals.add(instance.hostname() + " is EBS-backed: a stop and start keeps the same EC2 instance and"
                        + " its groups; use Add missing groups.");
            } else if (drift.status() != SyncStatus.PENDING) {
                refusals.add(instance.hostname() + " is " + drift.status().label() + "; only a running instance needs"
                        + " this.");
            } else {
                consequences.add(instance.hostname() + " stops: EC2 instance " + instance.ec2Id().orElseThrow()
                        + " is terminated and everything on its instance-store disks is lost. It then starts as a new"
                        + " EC2 instance with its layers' current groups ("
                        + drift.desired().stream().map(inventory::groupName).collect(Collectors.joining(", "))
                        + ") and runs setup; it is out of service for several minutes"
                        + (instance.elasticIpAddress().isPresent() ? "." : ", and its IP addresses change."));
            }
        }
        Consequences.refuseIfAny(refusals);
        consequences.add("Instance-store data cannot be recovered.");
        List<PlanTarget> targets = selection.stream().map(d -> PlanTarget.instance(inventory, d.instance()))
                .collect(Collectors.toList());
        return new SimplePlan(header, this, targets, consequences);
    }

    @Override
    public String verb() {
        return "Stop and start";
    }

    @Override
    public String buttonLabel() {
        return verb();
    }

    @Override
    public List<Operation> calls() {
        return List.of(Operation.STOP_INSTANCE, Operation.START_INSTANCE);
    }

    /** The plan waits for each stop in turn. */
    @Override
    public Duration confirmationLifetime(int targets) {
        return Guard.CONFIRMATION_LIFETIME.plus(Guard.STOP_TIMEOUT.multipliedBy(targets));
    }

    @Override
    public List<String> reverify(SimplePlan plan, CloudAccount reads) {
        return LiveTargets.instancesAsPlanned(plan, reads);
    }

    @Override
    public TargetOutcome carryOut(SimplePlan plan, PlanTarget target, Steps steps) {
        TargetOutcome stopped = steps.call("StopInstance", Operation.STOP_INSTANCE,
                (port, confirmation) -> port.stopInstance(target.id(), false, confirmation));
        if (stopped.result() != TargetOutcome.Result.DONE) {
            return stopped;
        }
        Optional<String> notStopped = steps.waitUntilStopped();
        if (notStopped.isPresent()) {
            return steps.leftStopped(stopped, notStopped.get());
        }
        TargetOutcome started = steps.call("StartInstance", Operation.START_INSTANCE,
                (port, confirmation) -> port.startInstance(target.id(), confirmation));
        if (started.result() == TargetOutcome.Result.DONE) {
            return stopped.resultLate() ? started.withResultLate() : started;
        }
        return steps.leftStopped(stopped, (started.failure() == null ? started.note()
                : "StartInstance failed (" + started.failure() + ")") + "; it is stopped");
    }
}
