package safetyconsole.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.Stack;

/**
 * Every mutation passes here. In order: the typed text must equal the stack name exactly; a production-like
 * stack must be armed; every target is read again and must be as the operation planned it (else the whole
 * plan is aborted and nothing runs — except the targets an operation lets go alone, as group fixes skip the
 * instances whose groups changed meanwhile); then, per target, the arming and the confirmation's lifetime are
 * checked again and the operation takes its steps: an intent entry in the audit log, the call with a
 * {@link Confirmation} for exactly that plan and call, the result entry. Once the first call is made, nothing
 * is thrown: every failure (of a call, a read, the audit log, the arming) ends the plan in a per-target account
 * (done, failed with the error, not attempted), and that account is written to the audit log. A result entry the
 * log cannot take is held and written, marked late, before the log's next entry (decision 0032). The guard never
 * names an operation: each {@link GuardedOperation} says its part.
 */
public final class Guard {

    /** Long enough for a plan of many targets on a slow account, short enough to be useless later. */
    public static final Duration CONFIRMATION_LIFETIME = Duration.ofMinutes(2);
    /** How long a stop-and-start waits for OpsWorks to report the stop. */
    static final Duration STOP_TIMEOUT = StopWait.TIMEOUT;
    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    private final CloudAccount reads;
    private final CloudOperations writes;
    private final AuditLog audit;
    private final Arming arming;
    private final Operator operator;
    private final Clock clock;
    private final Sleeper sleeper;
    private final LateResults late = new LateResults();

    public Guard(CloudAccount reads, CloudOperations writes, AuditLog audit, Arming arming, Operator operator,
                 Clock clock) {
        this(reads, writes, audit, arming, operator, clock, Sleeper.REAL);
    }

    /** @param sleeper how waiting for a stop pauses between reads */
    Guard(CloudAccount reads, CloudOperations writes, AuditLog audit, Arming arming, Operator operator, Clock clock,
          Sleeper sleeper) {
        this.reads = reads;
        this.writes = writes;
        this.audit = audit;
        this.arming = arming;
        this.operator = operator;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Exact: case, spaces and every character count. */
    public static boolean matches(Plan plan, String typed) {
        return plan.stack().name().equals(typed);
    }

    /**
     * Runs the plan.
     *
     * @throws GuardRefusedException when the name or the arming does not allow it; nothing was changed
     * @throws RuntimeException (a CloudException of a read, an AuditException) only before the first call of the
     *         plan, so nothing was changed; after it, every failure is in the report
     */
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
            append(record(plan, caller, evidence, plan.targetDescriptions(), Phase.ABORTED,
                    "aborted: " + String.join(" ", changes)));
            return new ExecutionReport(plan, ExecutionReport.Status.ABORTED, List.of(), changes, late.size());
        }
        Map<String, String> skipped = plan.targetsToSkip(reads);
        if (skipped.size() == plan.targets().size()) {
            List<String> reasons = plan.targets().stream().map(t -> t.name() + ": " + skipped.get(t.id()))
                    .collect(Collectors.toList());
            append(record(plan, caller, evidence, plan.targetDescriptions(), Phase.ABORTED,
                    "aborted: " + String.join(" ", reasons)));
            return new ExecutionReport(plan, ExecutionReport.Status.ABORTED, List.of(), reasons, late.size());
        }
        Run run = new Run(plan, caller, evidence, session);
        List<TargetOutcome> outcomes = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            outcomes.add(run.stopReason == null ? run.carryOut(target, skipped)
                    : TargetOutcome.notRun(target, "not attempted: " + run.stopReason));
        }
        if (run.stopReason != null) {
            run.recordNotAttempted(outcomes);
        }
        arming.touch();
        return new ExecutionReport(plan, run.stopReason == null ? ExecutionReport.Status.DONE
                : ExecutionReport.Status.STOPPED_BY_FAILURE, outcomes, List.of(), late.size());
    }

    /** The entries the audit log has not taken yet, oldest first (their count is in every report). */
    List<AuditRecord> held() {
        return late.snapshot();
    }

    /** Every entry goes in after the results held back, so the log never skips one. */
    private void append(AuditRecord record) {
        late.appendAfterHeld(audit, record);
    }

    /** One execution of a plan: its confirmations, the calls made so far and, once it stops, why. */
    private final class Run {

        private final Plan plan;
        private final CallerIdentity caller;
        private final Evidence evidence;
        private final Optional<ArmingSession> session;
        private final Map<Operation, Confirmation> confirmations = new EnumMap<>(Operation.class);
        private final Instant confirmedUntil;
        private int callsMade;
        private String stopReason;

        Run(Plan plan, CallerIdentity caller, Evidence evidence, Optional<ArmingSession> session) {
            this.plan = plan;
            this.caller = caller;
            this.evidence = evidence;
            this.session = session;
            // One confirmation per port call the operation makes, all bound to this plan and its targets.
            Set<String> targetIds = plan.targets().stream().map(PlanTarget::id).collect(Collectors.toSet());
            confirmedUntil = clock.instant().plus(plan.operation().confirmationLifetime(plan.targets().size()));
            for (Operation call : plan.operation().calls()) {
                confirmations.put(call, new Confirmation(plan.id(), plan.stack().id(), call, targetIds,
                        confirmedUntil));
            }
        }

        TargetOutcome carryOut(PlanTarget target, Map<String, String> skipped) {
            Optional<String> notNow = whyNotNow();
            if (notNow.isPresent()) {
                stop(notNow.get());
                return TargetOutcome.notRun(target, "not attempted: " + notNow.get());
            }
            AuditedSteps steps = new AuditedSteps(this, target);
            try {
                if (skipped.containsKey(target.id())) {
                    write(record(List.of(plan.describe(target)), Phase.ABORTED,
                            "skipped: " + skipped.get(target.id())));
                    return TargetOutcome.notRun(target, skipped.get(target.id()));
                }
                TargetOutcome outcome = plan.carryOut(target, steps);
                if (outcome.result() != TargetOutcome.Result.DONE && stopReason == null) {
                    stop("the failure before it");
                }
                return outcome;
            } catch (RuntimeException e) {
                if (callsMade == 0) {
                    // Nothing was changed: the caller may say so.
                    throw e;
                }
                LOG.error("{} stopped by an unexpected error on {}", plan.operation().name(), target.describe(), e);
                String what = "an unexpected error (" + e.getClass().getSimpleName() + ")";
                stop(what);
                return steps.callsOnTarget > 0 ? TargetOutcome.failed(target, null, "stopped by " + what)
                        : TargetOutcome.notRun(target, "not attempted: " + what);
            } finally {
                // Carrying out a confirmed plan is the operator's activity: only the arming's length ends it.
                arming.touch();
            }
        }

        /** The arming and the confirmation, checked again before each target and call: a plan outlives neither. */
        Optional<String> whyNotNow() {
            if (plan.requiresArming()) {
                Optional<ArmingSession> now = arming.active(plan.stack().id());
                if (now.isEmpty() || !now.get().id().equals(session.map(ArmingSession::id).orElse(null))) {
                    return Optional.of("the arming of " + plan.stack().name() + " ended; arm it again to plan the"
                            + " rest");
                }
            }
            if (!clock.instant().isBefore(confirmedUntil)) {
                return Optional.of("the confirmation expired; plan the rest again");
            }
            return Optional.empty();
        }

        void stop(String why) {
            if (stopReason == null) {
                stopReason = why;
            }
        }

        /** The per-target account's last part, in the log too: which targets were not attempted, and why. */
        void recordNotAttempted(List<TargetOutcome> outcomes) {
            List<String> notAttempted = outcomes.stream()
                    .filter(o -> o.result() == TargetOutcome.Result.NOT_RUN && o.note().startsWith("not attempted"))
                    .map(o -> plan.describe(o.target())).collect(Collectors.toList());
            if (!notAttempted.isEmpty()) {
                write(record(notAttempted, Phase.ABORTED, "not attempted: " + stopReason));
            }
        }

        /**
         * Before the plan's first call, an entry the log refuses is thrown (nothing was changed); after it, it is
         * held for a late write rather than lost or thrown. False when held.
         */
        boolean write(AuditRecord record) {
            if (callsMade == 0) {
                append(record);
                return true;
            }
            try {
                append(record);
                return true;
            } catch (RuntimeException e) {
                LOG.error("The audit log could not take {} of plan {}; held for a late write", record.phase(),
                        plan.id(), e);
                late.hold(record, clock.instant());
                return false;
            }
        }

        AuditRecord record(List<String> targets, Phase phase, String outcome) {
            return Guard.this.record(plan, caller, evidence, targets, phase, outcome);
        }
    }

    /** The steps one target's operation takes, each written to the audit log before and after. */
    final class AuditedSteps implements Steps {

        private final Run run;
        private final PlanTarget target;
        private int callsOnTarget;

        private AuditedSteps(Run run, PlanTarget target) {
            this.run = run;
            this.target = target;
        }

        /** Intent entry, the call, result entry. */
        @Override
        public TargetOutcome call(String subStep, Operation call, PortCall portCall) {
            Confirmation confirmation = run.confirmations.get(call);
            if (confirmation == null) {
                throw new IllegalStateException(run.plan.operation().name() + " made " + call + ", not in its calls()");
            }
            List<String> described = List.of(run.plan.describe(target));
            String prefix = subStep == null ? "" : subStep + " ";
            // Before every call, not only every target: a stop-and-start's start may come long after its stop.
            Optional<String> notNow = run.whyNotNow();
            if (notNow.isPresent()) {
                run.stop(notNow.get());
                return TargetOutcome.notRun(target, prefix + "not attempted: " + notNow.get());
            }
            try {
                append(run.record(described, Phase.INTENT, subStep == null ? null : "about to " + subStep));
            } catch (RuntimeException e) {
                if (run.callsMade == 0) {
                    throw e;
                }
                // No call without its intent entry: this one is not made, and the plan stops here.
                LOG.error("The audit log could not take the intent of {} on {}", call, target.describe(), e);
                run.stop("the audit log could not be written");
                return TargetOutcome.notRun(target, prefix + "not attempted: the audit log could not be written");
            }
            run.callsMade++;
            callsOnTarget++;
            TargetOutcome outcome;
            try {
                MutationResult result = portCall.on(writes, confirmation);
                outcome = TargetOutcome.done(target, result.requestId(), null);
            } catch (CloudException e) {
                LOG.warn("{} failed on {}", run.plan.operation().name(), target.describe(), e);
                outcome = TargetOutcome.failed(target, e.kind(), null);
            } catch (RuntimeException e) {
                LOG.error("{} failed unexpectedly on {}", run.plan.operation().name(), target.describe(), e);
                outcome = TargetOutcome.failed(target, CloudException.Kind.UNKNOWN, e.getClass().getSimpleName());
            }
            String result = prefix + (outcome.result() == TargetOutcome.Result.DONE
                    ? "ok request=" + outcome.requestId()
                    : "error " + outcome.failure() + (outcome.note() == null ? "" : " " + outcome.note()));
            if (!run.write(run.record(described, Phase.RESULT, result))) {
                run.stop("the audit log could not take a result entry");
                return outcome.withResultLate();
            }
            return outcome;
        }

        @Override
        public Optional<String> waitUntilStopped() {
            // Waiting on a confirmed plan is the operator's activity too: only the arming's length ends it.
            return new StopWait(reads, pause -> {
                sleeper.sleep(pause);
                arming.touch();
            }).until(run.plan.stack().id(), target.id());
        }

        @Override
        public TargetOutcome leftStopped(TargetOutcome stop, String why) {
            run.write(run.record(List.of(run.plan.describe(target)), Phase.ABORTED,
                    "StartInstance not attempted: " + why));
            run.stop("the stop-and-start of " + target.name() + " did not finish");
            return new TargetOutcome(target, TargetOutcome.Result.FAILED, stop.requestId(), null,
                    "stopped but not started: " + why, stop.resultLate(), InstanceOperation.START_INSTANCE);
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
