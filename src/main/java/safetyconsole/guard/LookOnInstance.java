package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.logrotate.LookScript;
import safetyconsole.migrated.ScalingStackInventory;

/**
 * The look on one instance: Systems Manager runs {@link LookScript}'s fixed, read-only script as root on one
 * instance of a group, to see what rotates the Rails log there. It changes nothing, yet it is code the console runs
 * as root on a production machine, so it goes through the guard like a change (decision 0031): the plan shows the
 * script exactly and where it runs, the stack's name is typed, a production stack must be armed, and right before
 * sending, the instance must still be in service in its group, running, and managed by Systems Manager. The audit's
 * result entry holds the command's id.
 */
public enum LookOnInstance implements ScalingOperation<ScalingChange.Script> {
    LOOK_ON_INSTANCE;

    ScalingPlan<ScalingChange.Script> plan(PlanHeader header, ScalingStackInventory inventory, String instanceId,
                                           String logDirectory) {
        LookScript.refusal(logDirectory).ifPresent(why -> {
            throw new PlanRefusedException(why);
        });
        ScalingGroupDrift drift = ScalingTargets.groupOf(inventory, instanceId);
        AutoScalingInstance member = ScalingTargets.member(drift.group(), instanceId).orElseThrow();
        if (member.lifecycleState() != AutoScalingLifecycleState.IN_SERVICE) {
            throw new PlanRefusedException(instanceId + " is " + member.lifecycleState().apiName()
                    + "; look on an instance in service.");
        }
        Optional.ofNullable(inventory.ec2ById().get(instanceId)).map(Ec2Instance::state)
                .filter(state -> state != Ec2State.RUNNING).ifPresent(state -> {
                    throw new PlanRefusedException(instanceId + " is " + state.apiName()
                            + " in EC2; only a running instance can run the look.");
                });
        String group = drift.group().name();
        List<String> consequences = List.of(
                "Systems Manager runs the script below as root on " + instanceId + " of " + group + " ("
                        + "AWS-RunShellScript, stopped after 2 minutes): it prints the files under /etc/logrotate.d"
                        + " that name " + logDirectory + " (and any old opsworks_app_ file), what logrotate -d says"
                        + " about it, and the files in it with sizes and times. It writes nothing.",
                "The command and its output (at most " + CommandInvocation.MAX_OUTPUT + " characters) stay in"
                        + " Systems Manager's command history, where anyone allowed to read it sees them; the"
                        + " audit log records the command's id.");
        return new ScalingPlan<>(header, this, List.of(PlanTarget.groupInstance(instanceId)),
                ScalingTargets.snapshot(inventory, List.of(drift)),
                new ScalingChange.Script(logDirectory, LookScript.forLogDirectory(logDirectory)), consequences);
    }

    @Override
    public String verb() {
        return "Look on";
    }

    @Override
    public String buttonLabel() {
        return "Run the look";
    }

    @Override
    public Operation call() {
        return Operation.SEND_RUN_SHELL_SCRIPT;
    }

    @Override
    public MutationResult apply(CloudOperations port, ScalingPlan<ScalingChange.Script> plan, PlanTarget target,
                                Confirmation confirmation) {
        return port.sendRunShellScript(plan.region(), target.id(), plan.change().script(), confirmation);
    }

    /** As planned, and the instance still in service, running, and answering Systems Manager. */
    @Override
    public List<String> reverify(ScalingPlan<ScalingChange.Script> plan, CloudAccount reads) {
        List<String> changes = new ArrayList<>(LiveScalingStack.asPlanned(plan, reads.scalingGroups()));
        if (!changes.isEmpty()) {
            return changes;
        }
        String instanceId = plan.targets().get(0).id();
        plan.asPlanned().groups().stream()
                .flatMap(group -> reads.scalingGroups().describeAutoScalingGroup(plan.region(), group.name())
                        .stream())
                .flatMap(group -> ScalingTargets.member(group, instanceId).stream())
                .filter(member -> member.lifecycleState() != AutoScalingLifecycleState.IN_SERVICE)
                .forEach(member -> changes.add(instanceId + " is " + member.lifecycleState().apiName()
                        + " now, no longer in service."));
        Optional<Ec2State> state = reads.scalingGroups().describeTaggedEc2Instances(plan.region(), List.of(instanceId))
                .stream().map(TaggedEc2Instance::instance).map(Ec2Instance::state).findFirst();
        if (state.isEmpty()) {
            changes.add("EC2 no longer knows " + instanceId + ".");
        } else if (state.get() != Ec2State.RUNNING) {
            changes.add(instanceId + " is " + state.get().apiName() + " now, not running.");
        }
        Set<String> managed = reads.systemsManager().managedInstanceIds(plan.region(), List.of(instanceId));
        if (!managed.contains(instanceId)) {
            changes.add(instanceId + " is not managed by Systems Manager now (its agent is not online, or it is"
                    + " not registered); the look cannot run there.");
        }
        return changes;
    }
}
