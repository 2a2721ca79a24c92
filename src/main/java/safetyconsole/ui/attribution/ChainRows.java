package safetyconsole.ui.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.attribution.scaling.ActivityCause;
import safetyconsole.attribution.scaling.CauseSentence;
import safetyconsole.attribution.scaling.ChainHop;
import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.ChainStep;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.MissingLink;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.ui.common.ErrorMessages;

/**
 * The lines of one instance gone from an Auto Scaling group, in the order they are followed back: EC2's event, the
 * group's activity with its cause, then the calls that explain it, one indent per hop, each candidate with its
 * evidence, best first; a link that could not be found says why.
 */
final class ChainRows {

    static final String NOT_FOUND = "Not found";
    private static final String AUTO_SCALING = "autoscaling.amazonaws.com";

    private final GoneInstance gone;
    private final List<TimelineViewModel.Row> rows = new ArrayList<>();
    private final Set<String> shownEvents = new HashSet<>();

    private ChainRows(GoneInstance gone) {
        this.gone = gone;
    }

    static List<TimelineViewModel.Row> of(GoneInstance gone) {
        ChainRows chain = new ChainRows(gone);
        chain.add();
        return chain.rows;
    }

    private void add() {
        gone.ec2Event().ifPresent(this::ec2Event);
        gone.activity().ifPresent(this::activity);
        for (ChainStep step : ChainStep.values()) {
            gone.hop(step).ifPresent(this::hop);
            gone.missing().stream().filter(link -> link.step() == step).forEach(this::missing);
        }
    }

    private void ec2Event(TrailEvent event) {
        boolean byAutoScaling = AUTO_SCALING.equals(event.invokedBy());
        String who = !byAutoScaling ? event.principalArn()
                : gone.onItsOwn().isPresent() ? "Auto Scaling on its own, not a person's call"
                : gone.responsible().map(link -> "Auto Scaling, for " + name(link.event()) + " (below)")
                        .orElse("Auto Scaling's service-linked role; no person's call found");
        rows.add(new TimelineViewModel.Row(event.eventTime(), "EC2",
                event.eventName() + " " + String.join(", ", event.resourceIds()), who, evidence(event)));
        shownEvents.add(event.eventId());
    }

    private void activity(ScalingActivity activity) {
        String fate = switch (gone.fate()) {
            case LOST -> "";
            case REPLACED -> " \u2014 a replacement, not a loss";
            case DETACHED -> " \u2014 detached: it runs on outside the group";
        };
        rows.add(new TimelineViewModel.Row(activity.startTime(), "Auto Scaling activity",
                indent(ChainStep.SCALING_ACTIVITY) + activity.description() + fate, cause(),
                "cause \u201c" + activity.cause() + "\u201d" + unclassified() + "; activity " + activity.activityId()
                        + ", " + activity.statusCode()));
    }

    /** The trigger in words: who or what the cause says asked for it. */
    private String cause() {
        String onItsOwn = gone.onItsOwn().map(kind -> switch (kind) {
            case HEALTH_REPLACEMENT -> "Auto Scaling on its own (health replacement): ";
            case SCALING_POLICY -> "Auto Scaling on its own (scaling policy): ";
        }).orElse("");
        return onItsOwn + gone.cause().flatMap(ActivityCause::explaining).map(ChainRows::trigger)
                .orElse("a cause this console does not know, shown as written");
    }

    private String unclassified() {
        return gone.cause().map(ActivityCause::unclassified).orElse(true) ? " (unclassified)" : "";
    }

    private static String trigger(CauseSentence sentence) {
        return switch (sentence.trigger()) {
            case USER_TERMINATE -> "a user request terminated it in its group";
            case DESIRED_CAPACITY_SET -> "a user request set the desired capacity"
                    + capacities(sentence);
            case CONSTRAINTS_UPDATED -> "a user request updated the group" + sentence.constraints()
                    .map(c -> " to min " + c.min() + ", max " + c.max() + ", desired " + c.desired()).orElse("");
            case INSTANCE_REFRESH -> "an instance refresh replaced it";
            case EC2_STOPPED_OR_TERMINATED -> "EC2's health check: someone stopped or terminated it directly";
            case HEALTH_CHECK_FAILED -> "a failed health check";
            case ALARM_POLICY -> "alarm " + sentence.alarmName().orElse("?") + " triggered policy "
                    + sentence.policyName().orElse("?");
            case DETACHED -> "a user request detached it";
            case CAPACITY_DIFFERENCE -> "a difference between desired and actual capacity" + capacities(sentence);
            case SELECTED_FOR_TERMINATION -> "it was selected for termination";
            case UNCLASSIFIED -> "a cause this console does not know, shown as written";
        };
    }

    private static String capacities(CauseSentence sentence) {
        return sentence.fromCapacity().isPresent() && sentence.toCapacity().isPresent()
                ? " from " + sentence.fromCapacity().getAsInt() + " to " + sentence.toCapacity().getAsInt() : "";
    }

    private void hop(ChainHop hop) {
        int rank = 1;
        for (ChainLink link : hop.candidates()) {
            if (shownEvents.add(link.event().eventId())) {
                rows.add(link(hop.step(), link, rank++));
                link.changeSetCreation().filter(created -> shownEvents.add(created.eventId())).ifPresent(created ->
                        rows.add(new TimelineViewModel.Row(created.eventTime(), kind(ChainStep.CHANGE_SET_CREATION),
                                indent(ChainStep.CHANGE_SET_CREATION) + created.eventName() + target(created),
                                created.principalArn(), evidence(created))));
            }
        }
    }

    private TimelineViewModel.Row link(ChainStep step, ChainLink link, int rank) {
        TrailEvent event = link.event();
        String matched = link.matched().isEmpty() ? "" : ", matched " + link.matched().stream()
                .map(value -> value.parameter() + " = " + value.value()).collect(Collectors.joining(", "));
        return new TimelineViewModel.Row(event.eventTime(), kind(step),
                indent(step) + "#" + rank + " " + event.eventName() + target(event), who(link),
                evidence(event) + ", " + link.before().toSeconds() + " s before" + matched
                        + (link.exact() ? "" : " (could also explain it)"));
    }

    private static String who(ChainLink link) {
        String arn = link.event().principalArn();
        return switch (link.caller()) {
            case PERSON -> arn;
            case PERSON_THROUGH_CLOUDFORMATION -> arn + " (through CloudFormation)";
            case STACK_SERVICE_ROLE -> "the stack's service role (" + arn + "); who started the stack operation"
                    + " is below";
            case AUTO_SCALING_SERVICE_ROLE -> "Auto Scaling's service-linked role (" + arn + ")";
        };
    }

    /** " on group X", " of stack Y": what the call acted on, as its request names it. */
    private static String target(TrailEvent event) {
        var parameters = event.requestParameters();
        return Optional.ofNullable(parameters.get("autoScalingGroupName")).map(group -> " on " + group)
                .or(() -> Optional.ofNullable(parameters.get("stackName")).map(stack -> " of stack " + stack))
                .or(() -> Optional.ofNullable(parameters.get("policyName")).map(policy -> " policy " + policy))
                .or(() -> Optional.ofNullable(parameters.get("alarmName")).map(alarm -> " alarm " + alarm))
                .orElse(event.resourceIds().isEmpty() ? "" : " " + String.join(", ", event.resourceIds()));
    }

    private void missing(MissingLink link) {
        rows.add(new TimelineViewModel.Row(null, NOT_FOUND, indent(link.step()) + step(link.step()) + " not found",
                "", reason(link) + (link.detail().isEmpty() ? "" : " (" + link.detail() + ")")));
    }

    private static String reason(MissingLink link) {
        return switch (link.reason()) {
            case OLDER_THAN_ACTIVITY_HISTORY -> "older than the six weeks of activities Auto Scaling keeps";
            case OLDER_THAN_TRAIL_HISTORY -> "older than the 90 days CloudTrail keeps";
            case NO_PERMISSION, THROTTLED, READ_FAILED -> link.failure().map(ErrorMessages::sentence)
                    .orElse("it could not be read");
            case NOT_FOUND -> "nothing matched in its window";
        };
    }

    /** The user name CloudTrail gives the caller, else its ARN. */
    private static String name(TrailEvent event) {
        return event.userName() != null ? event.userName() : event.principalArn();
    }

    /** "event 0c1…, from 198.51.100.7, MFA yes, region us-east-1": what the link rests on. */
    private static String evidence(TrailEvent event) {
        return "event " + event.eventId() + ", from " + event.sourceIp() + ", MFA "
                + (event.mfaAuthenticated() ? "yes" : "no") + ", region " + event.region();
    }

    private static String step(ChainStep step) {
        return switch (step) {
            case EC2_EVENT -> "EC2's event on the instance";
            case SCALING_ACTIVITY -> "The group's scaling activity";
            case AUTO_SCALING_CALL -> "The Auto Scaling call";
            case STACK_OPERATION -> "The CloudFormation stack operation";
            case CHANGE_SET_CREATION -> "The CreateChangeSet";
            case DIRECT_EC2_CALL -> "A person's EC2 stop or terminate";
            case POLICY_OR_ALARM_CHANGE -> "The last change of the policy or alarm";
        };
    }

    private static String kind(ChainStep step) {
        return switch (step) {
            case EC2_EVENT -> "EC2";
            case SCALING_ACTIVITY -> "Auto Scaling activity";
            case AUTO_SCALING_CALL -> "Auto Scaling call";
            case STACK_OPERATION, CHANGE_SET_CREATION -> "CloudFormation";
            case DIRECT_EC2_CALL -> "EC2 call";
            case POLICY_OR_ALARM_CHANGE -> "Policy or alarm";
        };
    }

    /** One indent per hop from the EC2 event, the arrow saying "explains the line above". */
    static String indent(ChainStep step) {
        int depth = depth(step);
        return depth == 0 ? "" : "    ".repeat(depth - 1) + "\u21b3 ";
    }

    /** How many hops from the EC2 event a step is. */
    static int depth(ChainStep step) {
        return switch (step) {
            case EC2_EVENT -> 0;
            case SCALING_ACTIVITY -> 1;
            case AUTO_SCALING_CALL, DIRECT_EC2_CALL, POLICY_OR_ALARM_CHANGE -> 2;
            case STACK_OPERATION -> 3;
            case CHANGE_SET_CREATION -> 4;
        };
    }
}
