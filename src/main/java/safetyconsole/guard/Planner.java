package safetyconsole.guard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.context.Classification;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.StackInventory;

/**
 * Turns a selection into a {@link Plan}, or refuses with a sentence: a selection across stacks, an instance
 * in a state the operation cannot take, a layer or stack that is not empty. Consequences are spelled out per
 * target, from the OpsWorks rules (instance-store data, Elastic IPs, volumes, Force).
 */
public final class Planner {

    private static final Set<InstanceStatus> NOT_STOPPABLE = EnumSet.of(InstanceStatus.STOPPED,
            InstanceStatus.STOPPING, InstanceStatus.SHUTTING_DOWN, InstanceStatus.TERMINATING,
            InstanceStatus.TERMINATED);
    private static final String CANNOT_UNDO = "This cannot be undone.";

    private final Clock clock;

    public Planner(Clock clock) {
        this.clock = clock;
    }

    public Plan instances(StackInventory inventory, Classification classification, Collection<Instance> selection,
                          Operation operation, InstanceOptions options) {
        if (selection.isEmpty()) {
            throw new PlanRefusedException("Select at least one instance.");
        }
        Set<String> stacks = selection.stream().map(Instance::stackId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (stacks.size() > 1 || !stacks.contains(inventory.stack().id())) {
            throw new PlanRefusedException("The selection spans " + Math.max(stacks.size(), 2)
                    + " stacks; act on one stack at a time.");
        }
        List<String> refusals = new ArrayList<>();
        for (Instance instance : selection) {
            stateProblem(operation, instance).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            throw new PlanRefusedException(String.join(" ", refusals));
        }
        List<PlanTarget> targets = selection.stream().map(i -> target(inventory, i)).collect(Collectors.toList());
        List<String> consequences = new ArrayList<>();
        for (Instance instance : selection) {
            consequences.addAll(instanceConsequences(operation, instance, options));
        }
        if (operation == Operation.DELETE_INSTANCE) {
            consequences.add(CANNOT_UNDO);
        }
        return plan(operation, inventory, classification, targets, relevant(operation, options), consequences);
    }

    public Plan deleteLayer(StackInventory inventory, Classification classification, Layer layer) {
        List<String> members = inventory.instances().stream().filter(i -> i.layerIds().contains(layer.id()))
                .map(Instance::hostname).collect(Collectors.toList());
        if (!members.isEmpty()) {
            throw new PlanRefusedException("Layer " + layer.name() + " still has " + members.size() + " instance"
                    + (members.size() == 1 ? "" : "s") + " (" + String.join(", ", members)
                    + "); delete them first.");
        }
        PlanTarget target = new PlanTarget(TargetKind.LAYER, layer.id(), layer.name(), null, null, null, null, null);
        return plan(Operation.DELETE_LAYER, inventory, classification, List.of(target), InstanceOptions.NONE,
                List.of("Layer " + layer.name() + " is removed with its recipes, settings and security group choices.",
                        CANNOT_UNDO));
    }

    public Plan deleteApp(StackInventory inventory, Classification classification, App app) {
        PlanTarget target = new PlanTarget(TargetKind.APP, app.id(), app.name(), null, null, null, null, null);
        return plan(Operation.DELETE_APP, inventory, classification, List.of(target), InstanceOptions.NONE,
                List.of("App " + app.name() + " is removed from the stack: no more deploys of it. Code already"
                        + " deployed stays on the instances until they are replaced.", CANNOT_UNDO));
    }

    /** Only an empty stack can be deleted; otherwise the refusal lists everything still in it. */
    public Plan deleteStack(StackInventory inventory, Classification classification) {
        List<String> blockers = new ArrayList<>();
        blockers.addAll(names("instance", inventory.instances().stream().map(Instance::hostname).collect(Collectors.toList())));
        blockers.addAll(names("layer", inventory.layers().stream().map(Layer::name).collect(Collectors.toList())));
        blockers.addAll(names("app", inventory.apps().stream().map(App::name).collect(Collectors.toList())));
        if (!blockers.isEmpty()) {
            throw new PlanRefusedException("Stack " + inventory.stack().name() + " is not empty. Delete first: "
                    + String.join("; ", blockers) + ".");
        }
        PlanTarget target = new PlanTarget(TargetKind.STACK, inventory.stack().id(), inventory.stack().name(), null,
                null, null, null, null);
        return plan(Operation.DELETE_STACK, inventory, classification, List.of(target), InstanceOptions.NONE,
                List.of("Stack " + inventory.stack().name() + " and its settings are removed.", CANNOT_UNDO));
    }

    /**
     * Fixes pending groups on running (or stopped EBS-backed) instances with EC2 ModifyInstanceAttribute.
     * Instances that will sync by themselves, are in sync, or were not checked are refused, each with why.
     */
    public Plan fixGroups(StackInventory inventory, Classification classification, List<GroupDrift> selection,
                          GroupFix fix) {
        if (selection.isEmpty()) {
            throw new PlanRefusedException("Select at least one instance with pending groups.");
        }
        List<String> refusals = new ArrayList<>();
        Map<String, GroupChange> changes = new LinkedHashMap<>();
        List<String> consequences = new ArrayList<>();
        for (GroupDrift drift : selection) {
            String name = drift.instance().hostname();
            if (drift.status() != SyncStatus.PENDING && drift.status() != SyncStatus.WONT_SYNC_ON_START) {
                refusals.add(name + (drift.status() == SyncStatus.WILL_SYNC_ON_START ? " will get its groups at its next start"
                        : drift.status() == SyncStatus.IN_SYNC ? " is in sync" : " was not checked; reload first")
                        + ": there is nothing to change on it now.");
                continue;
            }
            List<String> before = new ArrayList<>(drift.actual());
            List<String> after = new ArrayList<>(before);
            if (fix == GroupFix.ADD_MISSING) {
                if (drift.missing().isEmpty()) {
                    refusals.add(name + " lacks no group; only Make exact removes its extra groups.");
                    continue;
                }
                after.addAll(drift.missing());
            } else {
                after = new ArrayList<>(drift.desired());
                after.removeAll(drift.deleted());
                if (after.isEmpty()) {
                    refusals.add(name + "'s layers name no existing group, and EC2 needs at least one.");
                    continue;
                }
            }
            changes.put(drift.instance().id(), new GroupChange(before, after));
            consequences.add(groupConsequence(inventory, name, before, after));
        }
        if (!refusals.isEmpty()) {
            throw new PlanRefusedException(String.join(" ", refusals));
        }
        if (fix == GroupFix.MAKE_EXACT && changes.values().stream().anyMatch(c -> !c.after().containsAll(c.before()))) {
            consequences.add("Removed groups are not managed by OpsWorks: someone may have added them on purpose, and"
                    + " connections they allowed are cut at once.");
        }
        consequences.add("EC2 applies the new groups to the running instances at once; OpsWorks' own record of their"
                + " groups is not updated (it never is).");
        List<PlanTarget> targets = selection.stream().map(d -> target(inventory, d.instance())).collect(Collectors.toList());
        return plan(Operation.MODIFY_INSTANCE_GROUPS, inventory, classification, targets, InstanceOptions.NONE, changes,
                Optional.of(fix.label()), consequences);
    }

    /**
     * The fix OpsWorks itself offers for a pending instance-store instance: stop it (its EC2 instance and
     * instance-store data are gone) and start it as a new EC2 instance with the layers' current groups.
     */
    public Plan restartInstanceStore(StackInventory inventory, Classification classification,
                                     List<GroupDrift> selection) {
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
                consequences.add(instance.hostname() + " stops: EC2 instance " + instance.ec2InstanceId()
                        + " is terminated and everything on its instance-store disks is lost. It then starts as a new EC2"
                        + " instance with its layers' current groups ("
                        + drift.desired().stream().map(inventory::groupName).collect(Collectors.joining(", "))
                        + ") and runs setup; it is out of service for several minutes"
                        + (instance.elasticIpAddress().isPresent() ? "." : ", and its IP addresses change."));
            }
        }
        if (!refusals.isEmpty()) {
            throw new PlanRefusedException(String.join(" ", refusals));
        }
        consequences.add("Instance-store data cannot be recovered.");
        List<PlanTarget> targets = selection.stream().map(d -> target(inventory, d.instance())).collect(Collectors.toList());
        return plan(Operation.RESTART_INSTANCE_STORE, inventory, classification, targets, InstanceOptions.NONE,
                consequences);
    }

    /**
     * Changes a layer's custom groups (UpdateLayer). The consequences say who will and will not get the change,
     * because OpsWorks applies it to new instances only.
     */
    public Plan updateLayerGroups(StackInventory inventory, Classification classification, Layer layer,
                                  List<String> groupIds) {
        List<String> before = layer.customSecurityGroupIds();
        if (before.equals(groupIds)) {
            throw new PlanRefusedException("Layer " + layer.name() + " already has exactly these groups.");
        }
        List<String> unknown = groupIds.stream().filter(id -> !inventory.groupsById().containsKey(id))
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new PlanRefusedException("These groups are not in the stack's VPC: " + String.join(", ", unknown) + ".");
        }
        List<Instance> members = inventory.instances().stream().filter(i -> i.layerIds().contains(layer.id()))
                .collect(Collectors.toList());
        List<String> consequences = new ArrayList<>();
        consequences.add(groupConsequence(inventory, "Layer " + layer.name(), before, groupIds));
        consequences.add("New instances of the layer get the new groups.");
        List<String> running = hostnames(members, i -> i.status() != InstanceStatus.STOPPED);
        if (!running.isEmpty()) {
            consequences.add("New instances only: the " + running.size() + " running instance"
                    + (running.size() == 1 ? "" : "s") + " (" + String.join(", ", running) + ") will NOT get this"
                    + " change; OpsWorks never changes a running instance's groups.");
        }
        List<String> willSync = hostnames(members, i -> i.status() == InstanceStatus.STOPPED
                && i.rootDeviceType() == RootDeviceType.INSTANCE_STORE);
        if (!willSync.isEmpty()) {
            consequences.add("Stopped instance-store instances get it at their next start: " + String.join(", ", willSync)
                    + ".");
        }
        List<String> wontSync = hostnames(members, i -> i.status() == InstanceStatus.STOPPED
                && i.rootDeviceType() == RootDeviceType.EBS && i.ec2Id().isPresent());
        if (!wontSync.isEmpty()) {
            consequences.add("Stopped EBS-backed instances keep their old groups even after a start: "
                    + String.join(", ", wontSync) + ".");
        }
        PlanTarget target = new PlanTarget(TargetKind.LAYER, layer.id(), layer.name(), null, null, null, null, null);
        return plan(Operation.UPDATE_LAYER_GROUPS, inventory, classification, List.of(target), InstanceOptions.NONE,
                Map.of(layer.id(), new GroupChange(before, groupIds)), Optional.empty(), consequences);
    }

    private static String groupConsequence(StackInventory inventory, String who, List<String> before,
                                           List<String> after) {
        List<String> added = after.stream().filter(id -> !before.contains(id)).map(inventory::groupName)
                .collect(Collectors.toList());
        List<String> removed = before.stream().filter(id -> !after.contains(id)).map(inventory::groupName)
                .collect(Collectors.toList());
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("gains " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("loses " + String.join(", ", removed));
        }
        return who + " " + String.join(" and ", parts) + ". Groups after: "
                + after.stream().map(inventory::groupName).collect(Collectors.joining(", ")) + ".";
    }

    private static List<String> hostnames(List<Instance> instances, Predicate<Instance> which) {
        return instances.stream().filter(which).map(Instance::hostname).collect(Collectors.toList());
    }

    private Plan plan(Operation operation, StackInventory inventory, Classification classification,
                      List<PlanTarget> targets, InstanceOptions options, List<String> consequences) {
        return plan(operation, inventory, classification, targets, options, Map.of(), Optional.empty(), consequences);
    }

    private Plan plan(Operation operation, StackInventory inventory, Classification classification,
                      List<PlanTarget> targets, InstanceOptions options, Map<String, GroupChange> groupChanges,
                      Optional<String> choice, List<String> consequences) {
        return new Plan(UUID.randomUUID().toString(), operation, inventory.stack(), classification, targets, options,
                groupChanges, choice, consequences, clock.instant());
    }

    private static Optional<String> stateProblem(Operation operation, Instance instance) {
        String name = instance.hostname();
        String status = instance.status().apiName();
        switch (operation) {
            case START_INSTANCE:
                return instance.status() == InstanceStatus.STOPPED ? Optional.empty()
                        : Optional.of(name + " is " + status + "; only a stopped instance can be started.");
            case STOP_INSTANCE:
                return NOT_STOPPABLE.contains(instance.status())
                        ? Optional.of(name + " is " + status + "; there is nothing to stop.")
                        : Optional.empty();
            case REBOOT_INSTANCE:
                return instance.status() == InstanceStatus.ONLINE ? Optional.empty()
                        : Optional.of(name + " is " + status + "; only an online instance can be rebooted.");
            case DELETE_INSTANCE:
                return instance.status() == InstanceStatus.STOPPED ? Optional.empty()
                        : Optional.of(name + " is " + status
                                + "; OpsWorks deletes only stopped instances. Stop it first.");
            default:
                throw new IllegalArgumentException(operation + " is not an instance operation");
        }
    }

    private static List<String> instanceConsequences(Operation operation, Instance instance, InstanceOptions options) {
        String name = instance.hostname();
        boolean ebs = instance.rootDeviceType() == RootDeviceType.EBS;
        List<String> out = new ArrayList<>();
        switch (operation) {
            case START_INSTANCE:
                out.add(ebs && instance.ec2Id().isPresent()
                        ? name + " restarts its EC2 instance " + instance.ec2InstanceId()
                                + "; its security groups stay as they are (layer changes do not reach it)."
                        : name + " gets a new EC2 instance with its layers' current security groups, then runs setup.");
                break;
            case STOP_INSTANCE:
                if (options.force() && ebs) {
                    out.add("Force on EBS-backed " + name + ": OpsWorks deletes only its own instance and leaves EC2"
                            + " instance " + instance.ec2InstanceId() + " running, unmanaged and still billed."
                            + " You must terminate it in EC2 yourself.");
                } else if (ebs) {
                    out.add(name + " stops; its EBS disks and EC2 instance " + instance.ec2InstanceId()
                            + " are kept for a later start.");
                } else {
                    out.add(name + " is instance-store: stopping ends EC2 instance " + instance.ec2InstanceId()
                            + " and everything on its instance-store disks is lost.");
                }
                break;
            case REBOOT_INSTANCE:
                out.add(name + " reboots and is unavailable for a few minutes.");
                break;
            case DELETE_INSTANCE:
                out.add(name + " is deleted from OpsWorks" + instance.ec2Id().map(id -> " and EC2 instance " + id
                        + " is terminated").orElse("") + ".");
                instance.elasticIpAddress().ifPresent(address -> out.add(options.deleteElasticIp()
                        ? "Elastic IP " + address + " is released; the address is gone for good."
                        : "Elastic IP " + address + " stays allocated to the account, unassociated (and billed)."));
                if (ebs) {
                    out.add(options.deleteVolumes()
                            ? "Its EBS volumes are deleted with their data."
                            : "Its EBS volumes are kept, detached (and billed).");
                } else {
                    out.add("Its instance-store data is lost.");
                }
                break;
            default:
                throw new IllegalArgumentException(operation + " is not an instance operation");
        }
        return out;
    }

    /** Keeps only the options the operation takes, so the audit log never shows a choice that did not apply. */
    private static InstanceOptions relevant(Operation operation, InstanceOptions options) {
        if (operation == Operation.STOP_INSTANCE) {
            return new InstanceOptions(options.force(), false, false);
        }
        if (operation == Operation.DELETE_INSTANCE) {
            return new InstanceOptions(false, options.deleteElasticIp(), options.deleteVolumes());
        }
        return InstanceOptions.NONE;
    }

    private static PlanTarget target(StackInventory inventory, Instance instance) {
        if (!inventory.instances().contains(instance)) {
            throw new PlanRefusedException(instance.hostname() + " is not in " + inventory.stack().name()
                    + " as last loaded; refresh (F5) and try again.");
        }
        InstanceRow row = InstanceRow.of(inventory, instance);
        return new PlanTarget(TargetKind.INSTANCE, instance.id(), instance.hostname(), instance.ec2InstanceId(),
                instance.status().apiName(), row.layers(), instance.rootDeviceType().apiName(), instance.elasticIp());
    }

    private static List<String> names(String noun, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return List.of(names.size() + " " + noun + (names.size() == 1 ? "" : "s") + " (" + String.join(", ", names) + ")");
    }
}
