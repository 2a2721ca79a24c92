package safetyconsole.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Stack;

/**
 * Every mutation passes here. In order: the typed text must equal the stack name exactly; a production-like
 * stack must be armed; every target is read again and must be as planned (else the whole plan is aborted and
 * nothing runs); then, per target, an intent entry is written to the audit log, the call is made with a
 * {@link Confirmation} for exactly that plan, and the result is written. A failure stops the plan.
 */
public final class Guard {

    /** Long enough for a plan of many targets on a slow account, short enough to be useless later. */
    public static final Duration CONFIRMATION_LIFETIME = Duration.ofMinutes(2);
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
        Confirmation confirmation = new Confirmation(plan.id(), plan.stack().id(), plan.operation(),
                plan.targets().stream().map(PlanTarget::id).collect(Collectors.toSet()),
                clock.instant().plus(CONFIRMATION_LIFETIME));
        List<TargetOutcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (PlanTarget target : plan.targets()) {
            if (stopped) {
                outcomes.add(TargetOutcome.notRun(target, "not attempted after the failure before it"));
                continue;
            }
            TargetOutcome outcome = executeOne(plan, target, confirmation, caller, evidence);
            outcomes.add(outcome);
            stopped = outcome.result() != TargetOutcome.Result.DONE;
        }
        arming.touch();
        return new ExecutionReport(plan, stopped ? ExecutionReport.Status.STOPPED_BY_FAILURE : ExecutionReport.Status.DONE,
                outcomes, List.of());
    }

    private TargetOutcome executeOne(Plan plan, PlanTarget target, Confirmation confirmation, CallerIdentity caller,
                                     Evidence evidence) {
        List<String> described = List.of(target.describe());
        audit.append(record(plan, caller, evidence, described, Phase.INTENT, null));
        TargetOutcome outcome;
        try {
            MutationResult result = call(plan, target, confirmation);
            outcome = TargetOutcome.done(target, result.requestId(), null);
        } catch (CloudException e) {
            LOG.warn("{} failed on {}", plan.operation(), target.describe(), e);
            outcome = TargetOutcome.failed(target, e.kind(), null);
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly on {}", plan.operation(), target.describe(), e);
            outcome = TargetOutcome.failed(target, CloudException.Kind.UNKNOWN, e.getClass().getSimpleName());
        }
        String result = outcome.result() == TargetOutcome.Result.DONE ? "ok request=" + outcome.requestId()
                : "error " + outcome.failure() + (outcome.note() == null ? "" : " " + outcome.note());
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
            default:
                throw new IllegalStateException("Unhandled operation " + plan.operation());
        }
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
            } else if (!java.util.Objects.equals(now.ec2InstanceId(), target.ec2Id())) {
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
                plan.options().describe().orElse(null), plan.id(), targets, evidence, phase, outcome);
    }
}
