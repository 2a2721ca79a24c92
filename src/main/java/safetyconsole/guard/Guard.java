package safetyconsole.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.cloud.App;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.Stack;

/**
 * Every mutation passes here. In order: the typed text must equal the stack name exactly; a production-like
 * stack must be armed; every target is read again and must be as planned (else the whole plan is aborted and
 * nothing runs — except group fixes, where only the instances whose groups changed meanwhile are skipped);
 * then, per target, an intent entry is written to the audit log, the call is made with a {@link Confirmation}
 * for exactly that plan, and the result is written. A failure stops the plan.
 */
public final class Guard {

    /** Long enough for a plan of many targets on a slow account, short enough to be useless later. */
    public static final Duration CONFIRMATION_LIFETIME = Duration.ofMinutes(2);
    /** How long a stop-and-start waits for OpsWorks to report the stop, and how often it asks. */
    static final Duration STOP_TIMEOUT = Duration.ofMinutes(20);
    static final Duration STOP_POLL = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    private final CloudAccount reads;
    private final CloudOperations writes;
    private final AuditLog audit;
    private final Arming arming;
    private final Operator operator;
    private final Clock clock;

    public Guard(CloudAccount reads, CloudOperations writes, AuditLog audit, Arming arming, Operator operator,
                 Clock clock) {
        this.reads = reads;
        this.writes = writes;
        this.audit = audit;
        this.arming = arming;
        this.operator = operator;
        this.clock = clock;
    }

    /** Exact: case, spaces and every character count. */
    public static boolean matches(Plan plan, String typed) {
        return plan.stack().name().equals(typed);
    }

    public ExecutionReport execute(Plan plan, String typed) {
        if (!matches(plan, typed)) {
            throw new GuardRefusedException("The typed name does not match the stack name exactly; nothing was changed.");
        }
        Optional<ArmingSession> session = arming.active(plan.stack().id());
        if (plan.requiresArming() && session.isEmpty()) {
            throw new GuardRefusedException(plan.stack().name() + " is " + plan.classification().environment().label()
                    + ": arm it (with a reason) before changing anything; nothing was changed.");
        }
        Evidence evidence = new Evidence(typed, session.map(ArmingSession::reason).orElse(null),
                session.map(ArmingSession::id).orElse(null));
        CallerIdentity caller = reads.callerIdentity();
        List<String> changes = reverify(plan);
        if (!changes.isEmpty()) {
            audit.append(record(plan, caller, evidence, plan.targetDescriptions(), Phase.ABORTED,
                    "aborted: " + String.join(" ", changes)));
            return new ExecutionReport(plan, ExecutionReport.Status.ABORTED, List.of(), changes);
        }
        Map<Operation, Confirmation> confirmations = confirmationsFor(plan);
        Map<String, String> skipped = plan.operation() == Operation.MODIFY_INSTANCE_GROUPS
                ? changedGroupTargets(plan) : Map.of();
        if (skipped.size() == plan.targets().size()) {
            List<String> reasons = plan.targets().stream().map(t -> t.name() + ": " + skipped.get(t.id()))
                    .collect(Collectors.toList());
            audit.append(record(plan, caller, evidence, plan.targetDescriptions(), Phase.ABORTED,
                    "aborted: " + String.join(" ", reasons)));
            return new ExecutionReport(plan, ExecutionReport.Status.ABORTED, List.of(), reasons);
        }
        List<TargetOutcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (PlanTarget target : plan.targets()) {
            if (stopped) {
                outcomes.add(TargetOutcome.notRun(target, "not attempted after the failure before it"));
                continue;
            }
            if (skipped.containsKey(target.id())) {
                audit.append(record(plan, caller, evidence, List.of(describe(plan, target)), Phase.ABORTED,
                        "skipped: " + skipped.get(target.id())));
                outcomes.add(TargetOutcome.notRun(target, skipped.get(target.id())));
                continue;
            }
            TargetOutcome outcome = executeOne(plan, target, confirmations, caller, evidence);
            outcomes.add(outcome);
            stopped = outcome.result() != TargetOutcome.Result.DONE;
        }
        arming.touch();
        return new ExecutionReport(plan, stopped ? ExecutionReport.Status.STOPPED_BY_FAILURE : ExecutionReport.Status.DONE,
                outcomes, List.of());
    }

    /**
     * One confirmation per API operation the plan makes; a stop-and-start makes two, both bound to this plan.
     * Valid for the confirmation lifetime, plus the stop timeout when the plan waits for stops.
     */
    private Map<Operation, Confirmation> confirmationsFor(Plan plan) {
        Set<String> targetIds = plan.targets().stream().map(PlanTarget::id).collect(Collectors.toSet());
        List<Operation> calls = plan.operation() == Operation.RESTART_INSTANCE_STORE
                ? List.of(Operation.STOP_INSTANCE, Operation.START_INSTANCE) : List.of(plan.operation());
        Duration lifetime = plan.operation() == Operation.RESTART_INSTANCE_STORE
                ? CONFIRMATION_LIFETIME.plus(STOP_TIMEOUT.multipliedBy(plan.targets().size())) : CONFIRMATION_LIFETIME;
        Map<Operation, Confirmation> confirmations = new EnumMap<>(Operation.class);
        for (Operation call : calls) {
            confirmations.put(call, new Confirmation(plan.id(), plan.stack().id(), call, targetIds,
                    clock.instant().plus(lifetime)));
        }
        return confirmations;
    }

    private TargetOutcome executeOne(Plan plan, PlanTarget target, Map<Operation, Confirmation> confirmations,
                                     CallerIdentity caller, Evidence evidence) {
        if (plan.operation() != Operation.RESTART_INSTANCE_STORE) {
            return step(plan, target, caller, evidence, null,
                    () -> call(plan, target, confirmations.get(plan.operation())));
        }
        TargetOutcome stopped = step(plan, target, caller, evidence, "StopInstance",
                () -> writes.stopInstance(target.id(), false, confirmations.get(Operation.STOP_INSTANCE)));
        if (stopped.result() != TargetOutcome.Result.DONE) {
            return stopped;
        }
        Optional<String> notStopped = waitUntilStopped(plan, target);
        if (notStopped.isPresent()) {
            audit.append(record(plan, caller, evidence, List.of(describe(plan, target)), Phase.ABORTED,
                    "StartInstance not attempted: " + notStopped.get()));
            return TargetOutcome.failed(target, CloudException.Kind.CONFLICT, notStopped.get());
        }
        return step(plan, target, caller, evidence, "StartInstance",
                () -> writes.startInstance(target.id(), confirmations.get(Operation.START_INSTANCE)));
    }

    /** Polls until OpsWorks reports the instance stopped; empty when it is, else why not. */
    private Optional<String> waitUntilStopped(Plan plan, PlanTarget target) {
        long polls = STOP_TIMEOUT.toMillis() / STOP_POLL.toMillis();
        for (long i = 0; i <= polls; i++) {
            Optional<Instance> now = reads.describeInstances(plan.stack().id()).stream()
                    .filter(instance -> instance.id().equals(target.id())).findFirst();
            if (now.isEmpty()) {
                return Optional.of("the instance disappeared while stopping");
            }
            if (now.get().status() == InstanceStatus.STOPPED) {
                return Optional.empty();
            }
            try {
                Thread.sleep(STOP_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while waiting for the stop");
            }
        }
        return Optional.of("still not stopped after " + STOP_TIMEOUT.toMinutes() + " minutes");
    }

    /** One API call on one target: intent entry, the call, result entry. {@code apiCall} names a sub-step. */
    private TargetOutcome step(Plan plan, PlanTarget target, CallerIdentity caller, Evidence evidence, String apiCall,
                               Supplier<MutationResult> call) {
        List<String> described = List.of(describe(plan, target));
        String prefix = apiCall == null ? "" : apiCall + " ";
        audit.append(record(plan, caller, evidence, described, Phase.INTENT, apiCall == null ? null : "about to " + apiCall));
        TargetOutcome outcome;
        try {
            MutationResult result = call.get();
            outcome = TargetOutcome.done(target, result.requestId(), null);
        } catch (CloudException e) {
            LOG.warn("{} failed on {}", plan.operation(), target.describe(), e);
            outcome = TargetOutcome.failed(target, e.kind(), null);
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly on {}", plan.operation(), target.describe(), e);
            outcome = TargetOutcome.failed(target, CloudException.Kind.UNKNOWN, e.getClass().getSimpleName());
        }
        String result = prefix + (outcome.result() == TargetOutcome.Result.DONE ? "ok request=" + outcome.requestId()
                : "error " + outcome.failure() + (outcome.note() == null ? "" : " " + outcome.note()));
        audit.append(record(plan, caller, evidence, described, Phase.RESULT, result));
        return outcome;
    }

    private MutationResult call(Plan plan, PlanTarget target, Confirmation confirmation) {
        InstanceOptions options = plan.options();
        switch (plan.operation()) {
            case START_INSTANCE:
                return writes.startInstance(target.id(), confirmation);
            case STOP_INSTANCE:
                return writes.stopInstance(target.id(), options.force(), confirmation);
            case REBOOT_INSTANCE:
                return writes.rebootInstance(target.id(), confirmation);
            case DELETE_INSTANCE:
                return writes.deleteInstance(target.id(), options.deleteElasticIp(), options.deleteVolumes(),
                        confirmation);
            case DELETE_LAYER:
                return writes.deleteLayer(target.id(), confirmation);
            case DELETE_APP:
                return writes.deleteApp(target.id(), confirmation);
            case DELETE_STACK:
                return writes.deleteStack(target.id(), confirmation);
            case MODIFY_INSTANCE_GROUPS:
                return writes.modifyInstanceGroups(target.id(), target.ec2Id(),
                        plan.groupChanges().get(target.id()).after(), confirmation);
            case UPDATE_LAYER_GROUPS:
                return writes.updateLayerSecurityGroups(target.id(), plan.groupChanges().get(target.id()).after(),
                        confirmation);
            default:
                throw new IllegalStateException("Unhandled operation " + plan.operation());
        }
    }

    /** The target as the audit log names it; for group changes with the groups before and after. */
    private static String describe(Plan plan, PlanTarget target) {
        GroupChange change = plan.groupChanges().get(target.id());
        return change == null ? target.describe() : target.describe() + " groups " + change.describe();
    }

    /**
     * For group fixes: the targets to skip, each with why — the instance moved on, or its EC2 groups are no longer
     * what the analysis saw (someone else changed them). The others go ahead.
     */
    private Map<String, String> changedGroupTargets(Plan plan) {
        Map<String, Instance> live = byId(reads.describeInstances(plan.stack().id()), Instance::id);
        List<String> ec2Ids = plan.targets().stream().map(PlanTarget::ec2Id).filter(Objects::nonNull)
                .collect(Collectors.toList());
        Map<String, Ec2Instance> ec2 = byId(reads.describeEc2Instances(plan.stack().region(), ec2Ids), Ec2Instance::id);
        Map<String, String> skipped = new LinkedHashMap<>();
        for (PlanTarget target : plan.targets()) {
            Instance now = live.get(target.id());
            Ec2Instance ec2Now = ec2.get(target.ec2Id());
            if (now == null || !Objects.equals(now.ec2InstanceId(), target.ec2Id()) || ec2Now == null) {
                skipped.put(target.id(), "no longer EC2 instance " + target.ec2Id() + "; skipped.");
                continue;
            }
            List<String> groupsNow = ec2Now.securityGroups().stream().map(GroupRef::id).collect(Collectors.toList());
            if (!groupsNow.equals(plan.groupChanges().get(target.id()).before())) {
                skipped.put(target.id(), "its groups changed since the analysis; skipped.");
            }
        }
        return skipped;
    }

    /** Reads the stack and every target again; each difference from the plan is one sentence. */
    List<String> reverify(Plan plan) {
        Stack planned = plan.stack();
        Optional<Stack> live = reads.describeStacks().stream().filter(s -> s.id().equals(planned.id())).findFirst();
        if (live.isEmpty()) {
            return List.of("Stack " + planned.name() + " no longer exists.");
        }
        if (!live.get().name().equals(planned.name())) {
            return List.of("Stack " + planned.name() + " was renamed to " + live.get().name()
                    + " since you confirmed; confirm again with its current name.");
        }
        switch (plan.operation()) {
            case MODIFY_INSTANCE_GROUPS:
                return List.of();
            case UPDATE_LAYER_GROUPS:
                return reverifyLayerGroups(plan);
            case DELETE_LAYER:
                return reverifyLayers(plan);
            case DELETE_APP:
                return presence(plan, byId(reads.describeApps(planned.id()), App::id), "app");
            case DELETE_STACK:
                return reverifyEmptyStack(planned);
            default:
                return reverifyInstances(plan);
        }
    }

    private List<String> reverifyInstances(Plan plan) {
        Map<String, Instance> live = byId(reads.describeInstances(plan.stack().id()), Instance::id);
        List<String> changes = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            Instance now = live.get(target.id());
            if (now == null) {
                changes.add(target.name() + " is no longer in " + plan.stack().name() + ".");
            } else if (!now.stackId().equals(plan.stack().id())) {
                changes.add(target.name() + " now belongs to another stack.");
            } else if (!now.status().apiName().equals(target.status())) {
                changes.add(target.name() + " was " + target.status() + " when planned and is now "
                        + now.status().apiName() + ".");
            } else if (!Objects.equals(now.ec2InstanceId(), target.ec2Id())) {
                changes.add(target.name() + " is now EC2 instance " + now.ec2InstanceId() + ", not " + target.ec2Id() + ".");
            }
        }
        return changes;
    }

    private List<String> reverifyLayers(Plan plan) {
        List<String> changes = new ArrayList<>(presence(plan, byId(reads.describeLayers(plan.stack().id()), Layer::id),
                "layer"));
        Set<String> occupied = reads.describeInstances(plan.stack().id()).stream()
                .flatMap(i -> i.layerIds().stream()).collect(Collectors.toSet());
        plan.targets().stream().filter(t -> occupied.contains(t.id()))
                .forEach(t -> changes.add("Layer " + t.name() + " has instances again."));
        return changes;
    }

    private List<String> reverifyLayerGroups(Plan plan) {
        Map<String, Layer> live = byId(reads.describeLayers(plan.stack().id()), Layer::id);
        List<String> changes = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            Layer now = live.get(target.id());
            if (now == null) {
                changes.add("The layer " + target.name() + " is no longer in " + plan.stack().name() + ".");
            } else if (!now.customSecurityGroupIds().equals(plan.groupChanges().get(target.id()).before())) {
                changes.add("Layer " + target.name() + "'s groups were changed by someone else since you planned.");
            }
        }
        return changes;
    }

    private List<String> reverifyEmptyStack(Stack stack) {
        boolean empty = reads.describeInstances(stack.id()).isEmpty() && reads.describeLayers(stack.id()).isEmpty()
                && reads.describeApps(stack.id()).isEmpty();
        return empty ? List.of() : List.of("Stack " + stack.name() + " is no longer empty.");
    }

    private static List<String> presence(Plan plan, Map<String, ?> live, String noun) {
        return plan.targets().stream().filter(t -> !live.containsKey(t.id()))
                .map(t -> "The " + noun + " " + t.name() + " is no longer in " + plan.stack().name() + ".")
                .collect(Collectors.toList());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private AuditRecord record(Plan plan, CallerIdentity caller, Evidence evidence, List<String> targets, Phase phase,
                               String outcome) {
        return new AuditRecord(operator, caller.arn(), caller.accountId(), plan.stack().region(), plan.stack().id(),
                plan.stack().name(), plan.classification().environment().label(), plan.operation().name(),
                plan.choiceForAudit().orElse(null), plan.id(), targets, evidence, phase, outcome);
    }
}
