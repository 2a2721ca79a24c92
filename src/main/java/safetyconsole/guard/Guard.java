package safetyconsole.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.Stack;

/**
 * Every mutation passes here. In order: the typed text must equal the stack name exactly; a production-like
 * stack must be armed; every target is read again and must be as the operation planned it (else the whole
 * plan is aborted and nothing runs — except the targets an operation lets go alone, as group fixes skip the
 * instances whose groups changed meanwhile); then, per target, the operation takes its steps: an intent entry
 * in the audit log, the call with a {@link Confirmation} for exactly that plan and call, the result entry.
 * A failure stops the plan. The guard never names an operation: each {@link GuardedOperation} says its part.
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
            throw new GuardRefusedException(
                    "The typed name does not match the stack name exactly; nothing was changed.");
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
        Map<String, String> skipped = plan.targetsToSkip(reads);
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
                audit.append(record(plan, caller, evidence, List.of(plan.describe(target)), Phase.ABORTED,
                        "skipped: " + skipped.get(target.id())));
                outcomes.add(TargetOutcome.notRun(target, skipped.get(target.id())));
                continue;
            }
            TargetOutcome outcome = plan.carryOut(target, new AuditedSteps(plan, target, confirmations, caller,
                    evidence));
            outcomes.add(outcome);
            stopped = outcome.result() != TargetOutcome.Result.DONE;
        }
        arming.touch();
        return new ExecutionReport(plan, stopped ? ExecutionReport.Status.STOPPED_BY_FAILURE
                : ExecutionReport.Status.DONE, outcomes, List.of());
    }

    /** One confirmation per port call the operation makes, all bound to this plan and its targets. */
    private Map<Operation, Confirmation> confirmationsFor(Plan plan) {
        Set<String> targetIds = plan.targets().stream().map(PlanTarget::id).collect(Collectors.toSet());
        Duration lifetime = plan.operation().confirmationLifetime(plan.targets().size());
        Map<Operation, Confirmation> confirmations = new EnumMap<>(Operation.class);
        for (Operation call : plan.operation().calls()) {
            confirmations.put(call, new Confirmation(plan.id(), plan.stack().id(), call, targetIds,
                    clock.instant().plus(lifetime)));
        }
        return confirmations;
    }

    /** The steps one target's operation takes, each written to the audit log before and after. */
    final class AuditedSteps implements Steps {

        private final Plan plan;
        private final PlanTarget target;
        private final Map<Operation, Confirmation> confirmations;
        private final CallerIdentity caller;
        private final Evidence evidence;

        AuditedSteps(Plan plan, PlanTarget target, Map<Operation, Confirmation> confirmations, CallerIdentity caller,
                     Evidence evidence) {
            this.plan = plan;
            this.target = target;
            this.confirmations = confirmations;
            this.caller = caller;
            this.evidence = evidence;
        }

        /** Intent entry, the call, result entry. */
        @Override
        public TargetOutcome call(String subStep, Operation call, PortCall portCall) {
            Confirmation confirmation = confirmations.get(call);
            if (confirmation == null) {
                throw new IllegalStateException(plan.operation().name() + " made " + call + ", not in its calls()");
            }
            List<String> described = List.of(plan.describe(target));
            String prefix = subStep == null ? "" : subStep + " ";
            audit.append(record(plan, caller, evidence, described, Phase.INTENT,
                    subStep == null ? null : "about to " + subStep));
            TargetOutcome outcome;
            try {
                MutationResult result = portCall.on(writes, confirmation);
                outcome = TargetOutcome.done(target, result.requestId(), null);
            } catch (CloudException e) {
                LOG.warn("{} failed on {}", plan.operation().name(), target.describe(), e);
                outcome = TargetOutcome.failed(target, e.kind(), null);
            } catch (RuntimeException e) {
                LOG.error("{} failed unexpectedly on {}", plan.operation().name(), target.describe(), e);
                outcome = TargetOutcome.failed(target, CloudException.Kind.UNKNOWN, e.getClass().getSimpleName());
            }
            String result = prefix + (outcome.result() == TargetOutcome.Result.DONE
                    ? "ok request=" + outcome.requestId()
                    : "error " + outcome.failure() + (outcome.note() == null ? "" : " " + outcome.note()));
            audit.append(record(plan, caller, evidence, described, Phase.RESULT, result));
            return outcome;
        }

        @Override
        public Optional<String> waitUntilStopped() {
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

        @Override
        public TargetOutcome notAttempted(String subStep, String why) {
            audit.append(record(plan, caller, evidence, List.of(plan.describe(target)), Phase.ABORTED,
                    subStep + " not attempted: " + why));
            return TargetOutcome.failed(target, CloudException.Kind.CONFLICT, why);
        }
    }

    /**
     * Reads the stack and every target again; each difference from the plan is one sentence. A migrated stack is
     * not an OpsWorks stack: its operations read it again themselves.
     */
    List<String> reverify(Plan plan) {
        Stack planned = plan.stack();
        if (!planned.isOpsWorks()) {
            return plan.reverify(reads);
        }
        Optional<Stack> live = reads.describeStacks().stream().filter(s -> s.id().equals(planned.id())).findFirst();
        if (live.isEmpty()) {
            return List.of("Stack " + planned.name() + " no longer exists.");
        }
        if (!live.get().name().equals(planned.name())) {
            return List.of("Stack " + planned.name() + " was renamed to " + live.get().name()
                    + " since you confirmed; confirm again with its current name.");
        }
        return plan.reverify(reads);
    }

    private AuditRecord record(Plan plan, CallerIdentity caller, Evidence evidence, List<String> targets, Phase phase,
                               String outcome) {
        return new AuditRecord(operator, caller.arn(), caller.accountId(), plan.stack().region(), plan.stack().id(),
                plan.stack().name(), plan.classification().environment().label(), plan.operation().name(),
                plan.choiceForAudit().orElse(null), plan.id(), targets, evidence, phase, outcome);
    }
}
