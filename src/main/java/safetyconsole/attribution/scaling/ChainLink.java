package safetyconsole.attribution.scaling;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.cloud.TrailEvent;

/**
 * One candidate for a link of the chain, with its evidence: the CloudTrail event (id, time, caller ARN, source IP,
 * MFA), who it names, how long before the thing it explains it happened, and the request values that matched
 * (desired capacity, instance id, group, stack). {@code exact} when every value the cause names matched.
 * An ExecuteChangeSet carries the CreateChangeSet that made its change set, when CloudTrail has it.
 */
public record ChainLink(
        TrailEvent event,
        Caller caller,
        Duration before,
        List<MatchedValue> matched,
        boolean exact,
        Optional<TrailEvent> changeSetCreation) {

    public ChainLink {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(before, "before");
        matched = List.copyOf(matched);
        Objects.requireNonNull(changeSetCreation, "changeSetCreation");
    }

    /** A request parameter of the call that matched what the cause or group says, e.g. desiredCapacity = 2. */
    public record MatchedValue(String parameter, String value) {

        public MatchedValue {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(value, "value");
        }
    }
}
