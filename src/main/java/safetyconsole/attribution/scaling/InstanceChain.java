package safetyconsole.attribution.scaling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import safetyconsole.attribution.Attribution;
import safetyconsole.attribution.TrailCorrelator;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/**
 * The chain of one gone instance, built in rounds so that every instance's lookups are planned together: first
 * EC2's event and the call behind the activity, then CloudFormation's stack operation behind a call it made, then
 * the CreateChangeSet behind an ExecuteChangeSet.
 */
final class InstanceChain {

    /** A person's direct stop or terminate is noticed by the group's health check within this. */
    static final Duration DIRECT_LEAD = Duration.ofMinutes(30);
    /** A user request is written at the second it was made; this much room before covers clock differences. */
    static final Duration REQUEST_LEAD = Duration.ofMinutes(5);
    /** An instance refresh replaces instances for hours after StartInstanceRefresh. */
    static final Duration REFRESH_LEAD = Duration.ofDays(1);
    /** A stack update reaches the group after the resources before it: this long at most. */
    static final Duration STACK_LEAD = Duration.ofHours(2);
    /** A change set may be reviewed for days before it is executed. */
    static final Duration CHANGE_SET_LEAD = Duration.ofDays(7);

    private static final String EC2_TERMINATE = "TerminateInstances";
    private static final String EXECUTE_CHANGE_SET = "ExecuteChangeSet";
    private static final String CREATE_CHANGE_SET = "CreateChangeSet";
    private static final List<String> STACK_OPERATIONS = List.of("UpdateStack", EXECUTE_CHANGE_SET, "DeleteStack");

    private final String instanceId;
    private final String groupName;
    private final Optional<String> stackName;
    private final Optional<ScalingActivity> activity;
    private final Optional<ActivityCause> cause;
    private final Instant from;
    private final Instant to;
    private final Consumer<MissingLink> failures;
    private final List<ChainHop> hops = new ArrayList<>();
    private final List<MissingLink> missing = new ArrayList<>();
    private Optional<TrailEvent> ec2Event = Optional.empty();

    /**
     * {@code from}–{@code to} is when the instance went, as the caller knows it; the activity narrows it.
     * {@code failures} hears every missing link a failed read caused, for the group's list.
     */
    InstanceChain(String instanceId, String groupName, Optional<String> stackName, Optional<ScalingActivity> activity,
                  Instant from, Instant to, Consumer<MissingLink> failures) {
        this.instanceId = instanceId;
        this.groupName = groupName;
        this.stackName = stackName;
        this.activity = activity;
        this.cause = activity.map(a -> CauseParser.parse(a.cause()));
        this.from = from;
        this.to = to;
        this.failures = failures;
    }

    void addMissing(MissingLink link) {
        missing.add(link);
    }

    /** Round one: EC2's terminate on the instance, and the calls the cause points at. */
    void needCalls(TrailWindows trail) {
        trail.need(TrailQuery.Attribute.EVENT_NAME, EC2_TERMINATE, ec2From(), ec2To());
        explaining().ifPresent(sentence -> callNames().forEach(name -> trail.need(TrailQuery.Attribute.EVENT_NAME,
                name, triggerTime(sentence).minus(lead()), triggerTime(sentence).plus(TrailCorrelator.SKEW))));
    }

    void linkCalls(TrailWindows trail) {
        TrailWindows.Found terminates = trail.events(TrailQuery.Attribute.EVENT_NAME, EC2_TERMINATE, ec2From(),
                ec2To());
        ec2Event = terminates.events().stream().filter(e -> e.resourceIds().contains(instanceId))
                .max(Comparator.comparing((TrailEvent e) -> CallMatch.callerOf(e) == Caller.AUTO_SCALING_SERVICE_ROLE)
                        .thenComparing(TrailEvent::eventTime));
        if (ec2Event.isEmpty() && fate() != GoneInstance.Fate.DETACHED) {
            miss(ChainStep.EC2_EVENT, terminates, EC2_TERMINATE + " of " + instanceId);
        }
        if (cause.isEmpty()) {
            return;
        }
        Optional<CauseSentence> sentence = explaining();
        if (sentence.isEmpty()) {
            missing.add(new MissingLink(ChainStep.AUTO_SCALING_CALL, MissingLink.Reason.NOT_FOUND,
                    "the cause names no call: " + cause.get().raw(), Optional.empty()));
            return;
        }
        if (callNames().isEmpty()) {
            return;
        }
        Instant at = triggerTime(sentence.get());
        List<ChainLink> candidates = new ArrayList<>();
        List<TrailWindows.Found> reads = new ArrayList<>();
        for (String name : callNames()) {
            TrailWindows.Found found = trail.events(TrailQuery.Attribute.EVENT_NAME, name, at.minus(lead()),
                    at.plus(TrailCorrelator.SKEW));
            reads.add(found);
            candidates.addAll(CallMatch.forCall(name, groupName, instanceId, sentence.get())
                    .rank(found.events().stream().filter(e -> e.eventName().equals(name)).toList(), at));
        }
        ChainStep step = firstStep();
        if (step == ChainStep.DIRECT_EC2_CALL) {
            candidates.removeIf(l -> !l.caller().isPerson());
        }
        candidates.sort(CallMatch.BEST_FIRST);
        addHop(step, candidates, TrailWindows.Found.merged(reads),
                String.join(" or ", callNames()) + " for " + groupName);
    }

    /** Round two: the stack operation behind each call CloudFormation made. */
    void needStackOperations(TrailWindows trail) {
        cloudFormationCalls().forEach(call -> trail.need(TrailQuery.Attribute.EVENT_SOURCE, CallMatch.CLOUDFORMATION,
                call.eventTime().minus(STACK_LEAD), call.eventTime().plus(TrailCorrelator.SKEW)));
    }

    void linkStackOperations(TrailWindows trail) {
        Optional<TrailEvent> call = cloudFormationCalls().stream().findFirst();
        if (call.isEmpty()) {
            return;
        }
        if (stackName.isEmpty()) {
            missing.add(new MissingLink(ChainStep.STACK_OPERATION, MissingLink.Reason.NOT_FOUND,
                    "the group has no aws:cloudformation:stack-name tag", Optional.empty()));
            return;
        }
        Instant at = call.get().eventTime();
        TrailWindows.Found found = trail.events(TrailQuery.Attribute.EVENT_SOURCE, CallMatch.CLOUDFORMATION,
                at.minus(STACK_LEAD), at.plus(TrailCorrelator.SKEW));
        List<ChainLink> candidates = CallMatch.forStack(stackName.get()).rank(found.events().stream()
                .filter(e -> STACK_OPERATIONS.contains(e.eventName())).toList(), at);
        addHop(ChainStep.STACK_OPERATION, candidates, found, String.join(" or ", STACK_OPERATIONS) + " of "
                + stackName.get());
    }

    /** Round three: the CreateChangeSet of each ExecuteChangeSet found. */
    void needChangeSets(TrailWindows trail) {
        changeSetExecutions().forEach(link -> trail.need(TrailQuery.Attribute.EVENT_NAME, CREATE_CHANGE_SET,
                link.event().eventTime().minus(CHANGE_SET_LEAD), link.event().eventTime()));
    }

    void linkChangeSets(TrailWindows trail) {
        if (changeSetExecutions().isEmpty()) {
            return;
        }
        hops.replaceAll(hop -> hop.step() != ChainStep.STACK_OPERATION ? hop : new ChainHop(hop.step(),
                hop.candidates().stream().map(link -> link.event().eventName().equals(EXECUTE_CHANGE_SET)
                        ? withCreation(link, trail) : link).toList()));
    }

    GoneInstance result() {
        return new GoneInstance(instanceId, ec2Event, activity, cause, fate(), onItsOwn(), hops, missing);
    }

    private ChainLink withCreation(ChainLink execution, TrailWindows trail) {
        TrailEvent execute = execution.event();
        String changeSet = ArnNames.nameIn(execute.requestParameters().getOrDefault("changeSetName", ""));
        TrailWindows.Found found = trail.events(TrailQuery.Attribute.EVENT_NAME, CREATE_CHANGE_SET,
                execute.eventTime().minus(CHANGE_SET_LEAD), execute.eventTime());
        Optional<TrailEvent> creation = new CallMatch(List.of(new CallMatch.Check("changeSetName", changeSet),
                new CallMatch.Check("stackName", stackName.orElseThrow())), List.of())
                .rank(found.events(), execute.eventTime()).stream().map(ChainLink::event).findFirst();
        if (creation.isEmpty()) {
            miss(ChainStep.CHANGE_SET_CREATION, found, CREATE_CHANGE_SET + " of " + changeSet);
        }
        return new ChainLink(execute, execution.caller(), execution.before(), execution.matched(), execution.exact(),
                creation);
    }

    private void addHop(ChainStep step, List<ChainLink> candidates, TrailWindows.Found found, String lookedFor) {
        if (candidates.isEmpty()) {
            miss(step, found, lookedFor);
        } else {
            hops.add(new ChainHop(step, candidates));
        }
    }

    private void miss(ChainStep step, TrailWindows.Found found, String lookedFor) {
        MissingLink link = new MissingLink(step, reason(found), lookedFor, found.failure());
        missing.add(link);
        if (found.failure().isPresent()) {
            failures.accept(link);
        }
    }

    private static MissingLink.Reason reason(TrailWindows.Found found) {
        if (found.failure().isPresent()) {
            return reason(found.failure().get());
        }
        return found.beforeHistory() ? MissingLink.Reason.OLDER_THAN_TRAIL_HISTORY : MissingLink.Reason.NOT_FOUND;
    }

    static MissingLink.Reason reason(CloudException failure) {
        return switch (failure.kind()) {
            case ACCESS_DENIED -> MissingLink.Reason.NO_PERMISSION;
            case THROTTLED -> MissingLink.Reason.THROTTLED;
            case NOT_FOUND, NETWORK, EXPIRED_CREDENTIALS, SSO_LOGIN_REQUIRED, NO_CREDENTIALS, CREDENTIALS_REJECTED,
                 SIGN_IN_CANCELLED, TIMED_OUT, SERVICE_ERROR, INVALID_INPUT, CONFLICT, SERVICE_UNAVAILABLE_HERE,
                 UNKNOWN -> MissingLink.Reason.READ_FAILED;
        };
    }

    private List<TrailEvent> cloudFormationCalls() {
        return hops.stream().filter(h -> h.step() == ChainStep.AUTO_SCALING_CALL)
                .flatMap(h -> h.candidates().stream())
                .filter(l -> l.caller() == Caller.STACK_SERVICE_ROLE
                        || l.caller() == Caller.PERSON_THROUGH_CLOUDFORMATION)
                .map(ChainLink::event).toList();
    }

    private List<ChainLink> changeSetExecutions() {
        return hops.stream().filter(h -> h.step() == ChainStep.STACK_OPERATION).flatMap(h -> h.candidates().stream())
                .filter(l -> l.event().eventName().equals(EXECUTE_CHANGE_SET)).toList();
    }

    private Optional<CauseSentence> explaining() {
        return cause.flatMap(ActivityCause::explaining);
    }

    private CauseTrigger trigger() {
        return cause.map(ActivityCause::trigger).orElse(CauseTrigger.UNCLASSIFIED);
    }

    private List<String> callNames() {
        return trigger().callNames();
    }

    /** When the trigger happened: the sentence's own time, else the activity's start. */
    private Instant triggerTime(CauseSentence sentence) {
        return sentence.time().orElseGet(() -> activity.orElseThrow().startTime());
    }

    /** How long before the trigger its call may be. */
    private Duration lead() {
        return switch (trigger()) {
            case USER_TERMINATE, DESIRED_CAPACITY_SET, CONSTRAINTS_UPDATED, DETACHED -> REQUEST_LEAD;
            case INSTANCE_REFRESH -> REFRESH_LEAD;
            case EC2_STOPPED_OR_TERMINATED -> DIRECT_LEAD;
            case ALARM_POLICY -> Attribution.HISTORY;
            case HEALTH_CHECK_FAILED, CAPACITY_DIFFERENCE, SELECTED_FOR_TERMINATION, UNCLASSIFIED -> Duration.ZERO;
        };
    }

    private ChainStep firstStep() {
        return switch (trigger()) {
            case EC2_STOPPED_OR_TERMINATED -> ChainStep.DIRECT_EC2_CALL;
            case ALARM_POLICY -> ChainStep.POLICY_OR_ALARM_CHANGE;
            case USER_TERMINATE, DESIRED_CAPACITY_SET, CONSTRAINTS_UPDATED, INSTANCE_REFRESH, DETACHED,
                 HEALTH_CHECK_FAILED, CAPACITY_DIFFERENCE, SELECTED_FOR_TERMINATION, UNCLASSIFIED ->
                    ChainStep.AUTO_SCALING_CALL;
        };
    }

    /**
     * EC2's event comes with the activity: a person's own terminate up to half an hour before it, Auto Scaling's
     * up to half an hour after it ended (a lifecycle hook may hold it).
     */
    private Instant ec2From() {
        return activity.map(a -> a.startTime().minus(DIRECT_LEAD)).orElse(from);
    }

    private Instant ec2To() {
        return activity.map(a -> a.endTime().filter(end -> end.isAfter(a.startTime())).orElse(a.startTime())
                .plus(DIRECT_LEAD)).orElse(to);
    }

    /**
     * Capacity tells a loss from a replacement: an explained activity that did not lower it (a refresh, a health
     * replacement, a terminate without decrement) replaced the instance; an unknown one is a loss until explained.
     */
    private GoneInstance.Fate fate() {
        if (trigger() == CauseTrigger.DETACHED) {
            return GoneInstance.Fate.DETACHED;
        }
        boolean lowered = cause.stream().flatMap(c -> c.sentences().stream()).anyMatch(s -> s.fromCapacity()
                .isPresent() && s.toCapacity().isPresent() && s.toCapacity().getAsInt() < s.fromCapacity().getAsInt());
        return trigger().explains() && !lowered ? GoneInstance.Fate.REPLACED : GoneInstance.Fate.LOST;
    }

    private Optional<GoneInstance.OnItsOwn> onItsOwn() {
        return switch (trigger()) {
            case HEALTH_CHECK_FAILED -> Optional.of(GoneInstance.OnItsOwn.HEALTH_REPLACEMENT);
            case ALARM_POLICY -> Optional.of(GoneInstance.OnItsOwn.SCALING_POLICY);
            case USER_TERMINATE, DESIRED_CAPACITY_SET, CONSTRAINTS_UPDATED, INSTANCE_REFRESH, EC2_STOPPED_OR_TERMINATED,
                 DETACHED, CAPACITY_DIFFERENCE, SELECTED_FOR_TERMINATION, UNCLASSIFIED -> Optional.empty();
        };
    }
}
