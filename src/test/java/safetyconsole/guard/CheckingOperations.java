package safetyconsole.guard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Phase;
import safetyconsole.cloud.App;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.cloud.UnconfirmedMutationException;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.EnvironmentClassifier;

/**
 * Sits where the cloud is and checks, at the moment each mutation arrives, everything the safety model
 * promises: an intent entry for exactly this plan and target was written just before; the typed text equals
 * the stack's name as it is now; the target is in the confirmed stack now; a production-like stack is armed
 * now, by the session the audit names. Any breach fails the test at once.
 */
final class CheckingOperations implements CloudOperations {

    private final CloudAccount reads;
    private final CloudOperations account;
    private final AuditLog audit;
    private final Arming arming;
    private final EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of());
    private final Set<Operation> reached = EnumSet.noneOf(Operation.class);
    private final List<Call> log = new ArrayList<>();
    private int calls;

    /** One call that reached the account, and whether the account carried it out. */
    record Call(String planId, String targetId, Operation operation, boolean succeeded) {
    }

    CheckingOperations(DemoAccount account, AuditLog audit, Arming arming) {
        this(account, account, audit, arming);
    }

    /** In front of {@code account}, reading where targets are from {@code reads}. */
    CheckingOperations(CloudAccount reads, CloudOperations account, AuditLog audit, Arming arming) {
        this.reads = reads;
        this.account = account;
        this.audit = audit;
        this.arming = arming;
    }

    int calls() {
        return calls;
    }

    /** Every call that passed the checks, in order, with how it went. */
    List<Call> log() {
        return log;
    }

    /** The port calls that reached the account (after every check), each once. */
    Set<Operation> reached() {
        return reached;
    }

    @Override
    public MutationResult startInstance(String id, Confirmation c) {
        return check(Operation.START_INSTANCE, id, c, () -> account.startInstance(id, c));
    }

    @Override
    public MutationResult stopInstance(String id, boolean force, Confirmation c) {
        return check(Operation.STOP_INSTANCE, id, c, () -> account.stopInstance(id, force, c));
    }

    @Override
    public MutationResult rebootInstance(String id, Confirmation c) {
        return check(Operation.REBOOT_INSTANCE, id, c, () -> account.rebootInstance(id, c));
    }

    @Override
    public MutationResult deleteInstance(String id, boolean eip, boolean volumes, Confirmation c) {
        return check(Operation.DELETE_INSTANCE, id, c, () -> account.deleteInstance(id, eip, volumes, c));
    }

    @Override
    public MutationResult deleteLayer(String id, Confirmation c) {
        return check(Operation.DELETE_LAYER, id, c, () -> account.deleteLayer(id, c));
    }

    @Override
    public MutationResult deleteApp(String id, Confirmation c) {
        return check(Operation.DELETE_APP, id, c, () -> account.deleteApp(id, c));
    }

    @Override
    public MutationResult deleteStack(String id, Confirmation c) {
        return check(Operation.DELETE_STACK, id, c, () -> account.deleteStack(id, c));
    }

    @Override
    public MutationResult modifyInstanceGroups(String id, String ec2Id, List<String> groups, Confirmation c) {
        return check(Operation.MODIFY_INSTANCE_GROUPS, id, c, () -> account.modifyInstanceGroups(id, ec2Id, groups, c));
    }

    @Override
    public MutationResult updateLayerSecurityGroups(String id, List<String> groups, Confirmation c) {
        return check(Operation.UPDATE_LAYER_GROUPS, id, c, () -> account.updateLayerSecurityGroups(id, groups, c));
    }

    private MutationResult check(Operation operation, String targetId, Confirmation c, Supplier<MutationResult> call) {
        return check(operation, targetId, c, () -> opsWorksStack(operation, targetId, c), call);
    }

    /** {@code confirmedStack} finds the confirmed stack as it is now and requires the target to be in it. */
    private MutationResult check(Operation operation, String targetId, Confirmation c, Supplier<Stack> confirmedStack,
                                 Supplier<MutationResult> call) {
        calls++;
        require(c.operation() == operation, "confirmation for " + c.operation() + " used for " + operation);
        require(c.targetIds().contains(targetId), "target " + targetId + " not confirmed");
        List<AuditEntry> entries = audit.readAll();
        require(!entries.isEmpty(), "mutation with an empty audit log");
        AuditEntry last = entries.get(entries.size() - 1);
        require(last.record().phase() == Phase.INTENT, "no intent entry right before the call");
        require(last.record().planId().equals(c.planId()), "intent entry is for another plan");
        require(last.record().targets().size() == 1 && last.record().targets().get(0).contains("(" + targetId),
                "intent entry names another target");
        Stack stack = confirmedStack.get();
        if (stack == null) {
            return refusedAsGone(operation, targetId, c, call);
        }
        require(stack.name().equals(last.record().evidence().typedText()),
                "typed '" + last.record().evidence().typedText() + "' but the stack is now '" + stack.name() + "'");
        if (classifier.classify(stack).environment().productionLike()) {
            Optional<ArmingSession> session = arming.active(stack.id());
            require(session.isPresent(), "production-like stack " + stack.name() + " not armed at the call");
            require(session.get().id().equals(last.record().evidence().armingSessionId()),
                    "audit names another arming session");
        }
        try {
            MutationResult result = call.get();
            reached.add(operation);
            log.add(new Call(c.planId(), targetId, operation, true));
            return result;
        } catch (UnconfirmedMutationException e) {
            throw new AssertionError("the provider refused the guard's confirmation", e);
        } catch (RuntimeException e) {
            log.add(new Call(c.planId(), targetId, operation, false));
            throw e;
        }
    }

    /** A target gone from every group since the plan (a refresh replaced it): the account must refuse the call. */
    private MutationResult refusedAsGone(Operation operation, String targetId, Confirmation c,
                                         Supplier<MutationResult> call) {
        try {
            call.get();
        } catch (CloudException e) {
            log.add(new Call(c.planId(), targetId, operation, false));
            throw e;
        }
        throw new AssertionError(operation + " changed " + targetId + ", which is in no group");
    }

    private Stack opsWorksStack(Operation operation, String targetId, Confirmation c) {
        Stack stack = reads.describeStacks().stream().filter(s -> s.id().equals(c.stackId())).findFirst()
                .orElseThrow(() -> new AssertionError("confirmed stack does not exist"));
        require(stackOf(operation, targetId, stack).map(c.stackId()::equals).orElse(true),
                "target is not in the confirmed stack");
        return stack;
    }

    private Optional<String> stackOf(Operation operation, String targetId, Stack stack) {
        switch (operation) {
            case DELETE_LAYER:
            case UPDATE_LAYER_GROUPS:
                return reads.describeLayers(stack.id()).stream().filter(l -> l.id().equals(targetId))
                        .map(Layer::stackId).findFirst();
            case DELETE_APP:
                return reads.describeApps(stack.id()).stream().filter(a -> a.id().equals(targetId))
                        .map(App::stackId).findFirst();
            case DELETE_STACK:
                return Optional.of(targetId);
            default:
                return reads.describeInstances(stack.id()).stream().filter(i -> i.id().equals(targetId))
                        .map(Instance::stackId).findFirst();
        }
    }

    private static void require(boolean condition, String breach) {
        if (!condition) {
            throw new AssertionError(breach);
        }
    }

    @Override
    public MutationResult startInstanceRefresh(String region, String groupName, Confirmation c) {
        return check(Operation.START_INSTANCE_REFRESH, groupName, c, () -> migratedStack(c, region, groupName),
                () -> account.startInstanceRefresh(region, groupName, c));
    }

    @Override
    public MutationResult cancelInstanceRefresh(String region, String groupName, Confirmation c) {
        return check(Operation.CANCEL_INSTANCE_REFRESH, groupName, c, () -> migratedStack(c, region, groupName),
                () -> account.cancelInstanceRefresh(region, groupName, c));
    }

    @Override
    public MutationResult setDesiredCapacity(String region, String groupName, int desiredCapacity, Confirmation c) {
        return check(Operation.SET_DESIRED_CAPACITY, groupName, c, () -> migratedStack(c, region, groupName),
                () -> account.setDesiredCapacity(region, groupName, desiredCapacity, c));
    }

    @Override
    public MutationResult terminateInstanceInGroup(String region, String instanceId, boolean decrement,
                                                   Confirmation c) {
        return check(Operation.TERMINATE_INSTANCE_IN_GROUP, instanceId, c, () -> groupStack(c, region, instanceId),
                () -> account.terminateInstanceInGroup(region, instanceId, decrement, c));
    }

    @Override
    public MutationResult hotfixInstanceGroups(String region, String instanceId, List<String> groupIds,
                                               Confirmation c) {
        return check(Operation.HOTFIX_INSTANCE_GROUPS, instanceId, c, () -> groupStack(c, region, instanceId),
                () -> account.hotfixInstanceGroups(region, instanceId, groupIds, c));
    }

    @Override
    public MutationResult deleteAutoScalingGroup(String region, String groupName, boolean forceDelete,
                                                 Confirmation c) {
        return check(Operation.DELETE_AUTO_SCALING_GROUP, groupName, c, () -> migratedStack(c, region, groupName),
                () -> account.deleteAutoScalingGroup(region, groupName, forceDelete, c));
    }

    @Override
    public MutationResult deleteCloudFormationStack(String region, String stackId, Confirmation c) {
        return check(Operation.DELETE_CLOUDFORMATION_STACK, stackId, c, () -> {
            require(stackId.equals(c.stackId()), "another CloudFormation stack than the confirmed one");
            return migratedStack(c, region, null);
        }, () -> account.deleteCloudFormationStack(region, stackId, c));
    }

    /**
     * The confirmed migrated stack as it is now, its CloudFormation stack or its lone group (by its ARN), after
     * requiring that {@code groupName}, when there is one, belongs to it now.
     */
    private Stack migratedStack(Confirmation c, String region, String groupName) {
        ScalingGroupReads groups = reads.scalingGroups();
        Optional<AutoScalingGroup> group = Optional.ofNullable(groupName)
                .flatMap(name -> groups.describeAutoScalingGroup(region, name));
        require(groupName == null || group.isPresent(), "target group " + groupName + " does not exist");
        Stack stack = groups.describeCloudFormationStacks(region).stream().filter(s -> s.id().equals(c.stackId()))
                .findFirst().map(s -> Stack.migrated(StackKind.CLOUDFORMATION, s.id(), s.name(), region, s.tags(),
                        s.createdAt(), Optional.empty()))
                .or(() -> group.filter(g -> g.arn().equals(c.stackId()))
                        .map(g -> Stack.migrated(StackKind.AUTO_SCALING_GROUP, c.stackId(), g.name(), region,
                                g.tags(), Instant.EPOCH, Optional.empty())))
                .orElseThrow(() -> new AssertionError("confirmed stack does not exist"));
        group.ifPresent(g -> require(g.cloudFormationStackName().orElse(g.name()).equals(stack.name()),
                "target group " + g.name() + " is not in the confirmed stack " + stack.name()));
        return stack;
    }

    /** The confirmed stack of the group {@code instanceId} is in now; null when it is in none any more. */
    private Stack groupStack(Confirmation c, String region, String instanceId) {
        return reads.scalingGroups().describeAutoScalingGroups(region).stream()
                .filter(g -> g.instances().stream().anyMatch(i -> i.instanceId().equals(instanceId)))
                .map(AutoScalingGroup::name).findFirst().map(group -> migratedStack(c, region, group)).orElse(null);
    }
}
