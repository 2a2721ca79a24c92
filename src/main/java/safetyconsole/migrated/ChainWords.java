package safetyconsole.migrated;

import java.time.Duration;
import java.util.stream.Collectors;

import safetyconsole.attribution.scaling.Caller;
import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.ChainStep;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.MissingLink;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.text.Printable;

/** The words for a gone instance's chain, the same in the check's text and JSON and wherever else it is shown. */
public final class ChainWords {

    private ChainWords() {
    }

    /** "lost", "replaced as planned", "detached". */
    public static String fate(GoneInstance.Fate fate) {
        return switch (fate) {
            case LOST -> "lost";
            case REPLACED -> "replaced as planned";
            case DETACHED -> "detached from the group";
        };
    }

    public static String step(ChainStep step) {
        return switch (step) {
            case EC2_EVENT -> "EC2 event";
            case SCALING_ACTIVITY -> "Scaling activity";
            case AUTO_SCALING_CALL -> "Auto Scaling call";
            case STACK_OPERATION -> "Stack operation";
            case CHANGE_SET_CREATION -> "Change set created";
            case DIRECT_EC2_CALL -> "Direct EC2 call";
            case POLICY_OR_ALARM_CHANGE -> "Policy or alarm changed";
        };
    }

    public static String reason(MissingLink.Reason reason) {
        return switch (reason) {
            case OLDER_THAN_ACTIVITY_HISTORY -> "older than the six weeks of activities Auto Scaling keeps";
            case OLDER_THAN_TRAIL_HISTORY -> "older than the 90 days CloudTrail keeps";
            case NO_PERMISSION -> "not allowed to read it";
            case THROTTLED -> "throttled";
            case READ_FAILED -> "could not be read";
            case NOT_FOUND -> "nothing matched in its window";
        };
    }

    /** Who a call names: "bob (arn:…:user/bob)", then how, when it was not the person's own call. */
    public static String who(TrailEvent event, Caller caller) {
        String person = event.userName() == null ? event.principalArn()
                : event.userName() + " (" + event.principalArn() + ")";
        return Printable.of(switch (caller) {
            case PERSON -> person;
            case PERSON_THROUGH_CLOUDFORMATION -> person + " through CloudFormation";
            case STACK_SERVICE_ROLE -> "the stack's service role " + event.principalArn();
            case AUTO_SCALING_SERVICE_ROLE -> "Auto Scaling's service-linked role";
        });
    }

    /**
     * A link with its evidence: "SetDesiredCapacity at 2026-11-30T21:05:00Z by bob (arn:…), from 198.51.100.23, MFA,
     * event …, 40 s before; matched desiredCapacity = 2".
     */
    public static String link(ChainLink link) {
        TrailEvent event = link.event();
        String matched = link.matched().isEmpty() ? "" : "; matched " + link.matched().stream()
                .map(value -> value.parameter() + " = " + value.value()).collect(Collectors.joining(", "));
        // Every value comes from CloudTrail: printable, so it cannot forge a line of a report.
        return Printable.of(event.eventName() + " at " + event.eventTime() + " by " + who(event, link.caller())
                + ", from " + event.sourceIp() + (event.mfaAuthenticated() ? ", MFA" : ", no MFA") + ", event "
                + event.eventId() + ", " + before(link.before()) + matched
                + (link.exact() ? "" : " (not every value matched)"));
    }

    private static String before(Duration before) {
        long seconds = before.toSeconds();
        return seconds < 120 ? seconds + " s before" : before.toMinutes() + " min before";
    }
}
