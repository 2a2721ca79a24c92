package safetyconsole.attribution.scaling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One sentence of a {@code Cause}, as written ({@code text}) and as understood: its time ("At …", either format),
 * the capacity it went from and to, the constraints a group update set, the instance, the alarm and policy named.
 * What the sentence does not say is empty.
 */
public record CauseSentence(
        CauseTrigger trigger,
        String text,
        Optional<Instant> time,
        OptionalInt fromCapacity,
        OptionalInt toCapacity,
        Optional<GroupConstraints> constraints,
        Optional<String> instanceId,
        Optional<String> alarmName,
        Optional<String> policyName) {

    public CauseSentence {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(fromCapacity, "fromCapacity");
        Objects.requireNonNull(toCapacity, "toCapacity");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(alarmName, "alarmName");
        Objects.requireNonNull(policyName, "policyName");
    }

    /** Whether the console knows this wording; an unclassified sentence is shown as written. */
    public boolean unclassified() {
        return trigger == CauseTrigger.UNCLASSIFIED;
    }

    /** The group's limits after an update: "constraints to min: a, max: b, desired: c". */
    public record GroupConstraints(int min, int max, int desired) {
    }
}
