package safetyconsole.attribution.scaling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import safetyconsole.cloud.TrailEvent;

/**
 * Which CloudTrail calls may be a link: a call must name the same group, instance, stack or alarm ({@code
 * required}); the numbers the cause gives ({@code expected}) make it exact when they all match. Candidates are
 * ranked exact first, then closest to the moment they explain.
 */
final class CallMatch {

    /** Not a request parameter: the instance, named in the request or listed among the event's resources. */
    static final String INSTANCE = "instanceId";

    private static final String AUTO_SCALING_ROLE = "AWSServiceRoleForAutoScaling";
    private static final String AUTO_SCALING = "autoscaling.amazonaws.com";
    static final String CLOUDFORMATION = "cloudformation.amazonaws.com";
    /** CloudFormation names the session of a stack's service role this way. */
    private static final String STACK_ROLE_SESSION = "/AWSCloudFormation";

    /** Exact first, then closest to the moment explained; the event id keeps the order stable. */
    static final Comparator<ChainLink> BEST_FIRST = Comparator.comparing((ChainLink l) -> !l.exact())
            .thenComparing(l -> l.before().abs()).thenComparing(l -> l.event().eventId());

    private final List<Check> required;
    private final List<Check> expected;

    CallMatch(List<Check> required, List<Check> expected) {
        this.required = List.copyOf(required);
        this.expected = List.copyOf(expected);
    }

    /**
     * How a call named {@code eventName} must look to explain what {@code sentence} says happened to
     * {@code instanceId} of {@code groupName}: the group or instance it must name, the numbers it should carry.
     */
    static CallMatch forCall(String eventName, String groupName, String instanceId, CauseSentence sentence) {
        Check group = new Check("autoScalingGroupName", groupName);
        Check instance = new Check(INSTANCE, instanceId);
        List<Check> desired = checks("desiredCapacity", sentence.constraints()
                .map(CauseSentence.GroupConstraints::desired).or(() -> boxed(sentence.toCapacity())));
        return switch (eventName) {
            case "SetDesiredCapacity" -> new CallMatch(List.of(group), desired);
            case "UpdateAutoScalingGroup" -> new CallMatch(List.of(group), concat(desired,
                    checks("minSize", sentence.constraints().map(CauseSentence.GroupConstraints::min)),
                    checks("maxSize", sentence.constraints().map(CauseSentence.GroupConstraints::max))));
            case "DetachInstances" -> new CallMatch(List.of(group), List.of(instance));
            case "StartInstanceRefresh" -> new CallMatch(List.of(group), List.of());
            case "PutScalingPolicy" -> new CallMatch(concat(List.of(group), checks("policyName",
                    sentence.policyName())), List.of());
            case "PutMetricAlarm" -> new CallMatch(checks("alarmName", sentence.alarmName()), List.of());
            default -> new CallMatch(List.of(instance), List.of());
        };
    }

    /** A CloudFormation stack operation on {@code stackName} (by name or ARN). */
    static CallMatch forStack(String stackName) {
        return new CallMatch(List.of(new Check("stackName", stackName)), List.of());
    }

    /**
     * Every call of {@code calls} this match accepts, ranked, as links explaining what happened at {@code at}.
     * A match that requires nothing (the cause did not name the alarm) accepts nothing: never a guess.
     */
    List<ChainLink> rank(Collection<TrailEvent> calls, Instant at) {
        List<ChainLink> links = new ArrayList<>();
        for (TrailEvent call : calls) {
            if (!required.isEmpty() && required.stream().allMatch(c -> c.holds(call))) {
                List<ChainLink.MatchedValue> matched = new ArrayList<>();
                required.forEach(c -> matched.add(c.asMatched()));
                expected.stream().filter(c -> c.holds(call)).forEach(c -> matched.add(c.asMatched()));
                boolean exact = expected.stream().allMatch(c -> c.holds(call));
                links.add(new ChainLink(call, callerOf(call), Duration.between(call.eventTime(), at), matched, exact,
                        Optional.empty()));
            }
        }
        return links.stream().sorted(BEST_FIRST).collect(Collectors.toList());
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    private static List<Check> checks(String parameter, Optional<?> value) {
        return value.map(v -> List.of(new Check(parameter, v.toString()))).orElse(List.of());
    }

    @SafeVarargs
    private static List<Check> concat(List<Check>... parts) {
        return Stream.of(parts).flatMap(List::stream).collect(Collectors.toList());
    }

    /**
     * Who a call names. A service's call is recognised by {@code invokedBy} and the role in the ARN, not by
     * {@code userIdentity.type}, which varies.
     */
    static Caller callerOf(TrailEvent call) {
        String arn = call.principalArn() == null ? "" : call.principalArn();
        if (AUTO_SCALING.equals(call.invokedBy()) || arn.contains("/" + AUTO_SCALING_ROLE + "/")) {
            return Caller.AUTO_SCALING_SERVICE_ROLE;
        }
        if (CLOUDFORMATION.equals(call.invokedBy())) {
            return arn.contains(":assumed-role/") && arn.endsWith(STACK_ROLE_SESSION) ? Caller.STACK_SERVICE_ROLE
                    : Caller.PERSON_THROUGH_CLOUDFORMATION;
        }
        return Caller.PERSON;
    }

    /** A request parameter that must equal {@code value} ({@link #INSTANCE}: the instance the call names). */
    record Check(String parameter, String value) {

        boolean holds(TrailEvent call) {
            if (INSTANCE.equals(parameter) && call.resourceIds().contains(value)) {
                return true;
            }
            String actual = call.requestParameters().get(parameter);
            return actual != null && (actual.equals(value) || ArnNames.nameIn(actual).equals(value));
        }

        ChainLink.MatchedValue asMatched() {
            return new ChainLink.MatchedValue(parameter, value);
        }
    }
}
