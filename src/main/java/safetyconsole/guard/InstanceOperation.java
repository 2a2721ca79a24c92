package safetyconsole.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.inventory.StackInventory;

/**
 * The OpsWorks instance lifecycle calls, one constant each: the state that refuses it, its consequences per
 * instance from the OpsWorks rules (instance-store data, Elastic IPs, volumes, Force), its options, its call.
 */
public enum InstanceOperation implements GuardedOperation<InstancePlan> {

    START_INSTANCE("Start", Operation.START_INSTANCE) {
        @Override
        Optional<String> stateProblem(Instance instance) {
            return instance.status() == InstanceStatus.STOPPED ? Optional.empty()
                    : refusal(instance, "only a stopped instance can be started.");
        }

        @Override
        List<String> consequences(Instance instance, InstanceOptions options) {
            String name = instance.hostname();
            return List.of(instance.ec2Id().filter(id -> ebs(instance))
                    .map(id -> name + " restarts its EC2 instance " + id
                            + "; its security groups stay as they are (layer changes do not reach it).")
                    .orElse(name + " gets a new EC2 instance with its layers' current security groups, then runs"
                            + " setup."));
        }

        @Override
        MutationResult call(CloudOperations port, String instanceId, InstanceOptions options, Confirmation c) {
            return port.startInstance(instanceId, c);
        }
    },

    STOP_INSTANCE("Stop", Operation.STOP_INSTANCE, InstanceOption.FORCE) {
        @Override
        Optional<String> stateProblem(Instance instance) {
            return NOT_STOPPABLE.contains(instance.status())
                    ? refusal(instance, "there is nothing to stop.") : Optional.empty();
        }

        @Override
        List<String> consequences(Instance instance, InstanceOptions options) {
            String name = instance.hostname();
            if (options.force() && ebs(instance)) {
                return List.of(instance.ec2Id().map(id -> "Force on EBS-backed " + name + ": OpsWorks deletes only"
                        + " its own instance and leaves EC2 instance " + id + " running, unmanaged and still billed."
                        + " You must terminate it in EC2 yourself.")
                        .orElse("Force on EBS-backed " + name + ": OpsWorks deletes only its own instance; it has no"
                                + " EC2 instance yet, so none is left behind."));
            }
            // An instance that is still being set up may have no EC2 instance yet: say so, never "null".
            String ec2 = instance.ec2Id().map(id -> " EC2 instance " + id).orElse("");
            return List.of(ebs(instance)
                    ? name + " stops; its EBS disks" + (ec2.isEmpty() ? "" : " and" + ec2)
                            + " are kept for a later start."
                    : name + " is instance-store: stopping ends" + (ec2.isEmpty() ? " it" : ec2)
                            + " and everything on its instance-store disks is lost.");
        }

        @Override
        MutationResult call(CloudOperations port, String instanceId, InstanceOptions options, Confirmation c) {
            return port.stopInstance(instanceId, options.force(), c);
        }
    },

    REBOOT_INSTANCE("Reboot", Operation.REBOOT_INSTANCE) {
        @Override
        Optional<String> stateProblem(Instance instance) {
            return instance.status() == InstanceStatus.ONLINE ? Optional.empty()
                    : refusal(instance, "only an online instance can be rebooted.");
        }

        @Override
        List<String> consequences(Instance instance, InstanceOptions options) {
            return List.of(instance.hostname() + " reboots and is unavailable for a few minutes.");
        }

        @Override
        MutationResult call(CloudOperations port, String instanceId, InstanceOptions options, Confirmation c) {
            return port.rebootInstance(instanceId, c);
        }
    },

    DELETE_INSTANCE("Delete", Operation.DELETE_INSTANCE, InstanceOption.DELETE_ELASTIC_IP,
            InstanceOption.DELETE_VOLUMES) {
        @Override
        Optional<String> stateProblem(Instance instance) {
            return instance.status() == InstanceStatus.STOPPED ? Optional.empty()
                    : refusal(instance, "OpsWorks deletes only stopped instances. Stop it first.");
        }

        @Override
        List<String> consequences(Instance instance, InstanceOptions options) {
            List<String> out = new ArrayList<>();
            out.add(instance.hostname() + " is deleted from OpsWorks" + instance.ec2Id()
                    .map(id -> " and EC2 instance " + id + " is terminated").orElse("") + ".");
            instance.elasticIpAddress().ifPresent(address -> out.add(options.deleteElasticIp()
                    ? "Elastic IP " + address + " is released; the address is gone for good."
                    : "Elastic IP " + address + " stays allocated to the account, unassociated (and billed)."));
            if (ebs(instance)) {
                out.add(options.deleteVolumes()
                        ? "Its EBS volumes are deleted with their data."
                        : "Its EBS volumes are kept, detached (and billed).");
            } else {
                out.add("Its instance-store data is lost.");
            }
            return out;
        }

        @Override
        MutationResult call(CloudOperations port, String instanceId, InstanceOptions options, Confirmation c) {
            return port.deleteInstance(instanceId, options.deleteElasticIp(), options.deleteVolumes(), c);
        }

        @Override
        public boolean removes() {
            return true;
        }
    };

    private static final Set<InstanceStatus> NOT_STOPPABLE = EnumSet.of(InstanceStatus.STOPPED,
            InstanceStatus.STOPPING, InstanceStatus.SHUTTING_DOWN, InstanceStatus.TERMINATING,
            InstanceStatus.TERMINATED);

    private final String verb;
    private final Operation call;
    private final Set<InstanceOption> takes;

    InstanceOperation(String verb, Operation call, InstanceOption... takes) {
        this.verb = verb;
        this.call = call;
        this.takes = Set.of(takes);
    }

    /** Why this instance's state refuses the operation, if it does. */
    abstract Optional<String> stateProblem(Instance instance);

    /** What happens to this instance, with these options. */
    abstract List<String> consequences(Instance instance, InstanceOptions options);

    abstract MutationResult call(CloudOperations port, String instanceId, InstanceOptions options, Confirmation c);

    /**
     * A plan for {@code selection}, all in the inventory's stack and each in a state that takes the operation;
     * otherwise refused with every reason at once.
     */
    InstancePlan plan(PlanHeader header, StackInventory inventory, Collection<Instance> selection,
                      InstanceOptions options) {
        if (selection.isEmpty()) {
            throw new PlanRefusedException("Select at least one instance.");
        }
        Set<String> stacks = selection.stream().map(Instance::stackId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (stacks.size() > 1 || !stacks.contains(inventory.stack().id())) {
            throw new PlanRefusedException("The selection spans " + Math.max(stacks.size(), 2)
                    + " stacks; act on one stack at a time.");
        }
        Consequences.refuseIfAny(selection.stream().map(this::stateProblem).flatMap(Optional::stream)
                .collect(Collectors.toList()));
        List<PlanTarget> targets = selection.stream().map(i -> PlanTarget.instance(inventory, i))
                .collect(Collectors.toList());
        List<String> consequences = new ArrayList<>();
        for (Instance instance : selection) {
            consequences.addAll(consequences(instance, options));
        }
        if (removes()) {
            consequences.add(Consequences.CANNOT_UNDO);
        }
        // Only the options this call takes, so the audit log never shows a choice that did not apply.
        return new InstancePlan(header, this, targets, options.onlyThese(takes), consequences);
    }

    @Override
    public String verb() {
        return verb;
    }

    @Override
    public List<Operation> calls() {
        return List.of(call);
    }

    /** Its options that mean something for at least one of the plan's targets. */
    @Override
    public Set<InstanceOption> offeredOptions(InstancePlan plan) {
        return takes.stream().filter(option -> plan.targets().stream().anyMatch(option::meaningfulFor))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InstanceOption.class)));
    }

    @Override
    public List<String> reverify(InstancePlan plan, CloudAccount reads) {
        return LiveTargets.instancesAsPlanned(plan, reads);
    }

    @Override
    public TargetOutcome carryOut(InstancePlan plan, PlanTarget target, Steps steps) {
        return steps.call(null, call, (port, confirmation) -> call(port, target.id(), plan.options(), confirmation));
    }

    private static boolean ebs(Instance instance) {
        return instance.rootDeviceType() == RootDeviceType.EBS;
    }

    private static Optional<String> refusal(Instance instance, String why) {
        return Optional.of(instance.hostname() + " is " + instance.status().apiName() + "; " + why);
    }
}
