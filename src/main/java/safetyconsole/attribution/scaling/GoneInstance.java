package safetyconsole.attribution.scaling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;

/**
 * The chain for one instance gone from a group: EC2's event on it, the group's activity and its parsed cause,
 * the hops back to a person (Auto Scaling call, then stack operation, direct EC2 call or policy change), each with
 * every candidate ranked, and the links that are missing with their reason.
 */
public record GoneInstance(
        String instanceId,
        Optional<TrailEvent> ec2Event,
        Optional<ScalingActivity> activity,
        Optional<ActivityCause> cause,
        Fate fate,
        Optional<OnItsOwn> onItsOwn,
        List<ChainHop> hops,
        List<MissingLink> missing) {

    /** What became of the instance, for the missing-instance bar. */
    public enum Fate {
        /** Gone and not replaced as planned (also when the activity is unknown: a loss until explained). */
        LOST,
        /** Replaced as planned: an instance refresh, or a health replacement that kept capacity. */
        REPLACED,
        /** Detached from the group: it still runs, outside the group. */
        DETACHED
    }

    /** Auto Scaling acted without a person's call just before it. */
    public enum OnItsOwn {
        /** A failed health check (not a person's stop or terminate): the instance was replaced. */
        HEALTH_REPLACEMENT,
        /** An alarm triggered a scaling policy: the people are whoever last changed the policy or alarm. */
        SCALING_POLICY
    }

    public GoneInstance {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(ec2Event, "ec2Event");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(fate, "fate");
        Objects.requireNonNull(onItsOwn, "onItsOwn");
        hops = List.copyOf(hops);
        missing = List.copyOf(missing);
    }

    /** The hop of {@code step}, when the chain reached it. */
    public Optional<ChainHop> hop(ChainStep step) {
        return hops.stream().filter(h -> h.step() == step).findFirst();
    }

    /**
     * The best candidate that names a person: the deepest hop's best link whose caller is a person (a service
     * role is never the answer). Empty when no hop names one.
     */
    public Optional<ChainLink> responsible() {
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<ChainLink> person = hops.get(i).candidates().stream().filter(l -> l.caller().isPerson())
                    .findFirst();
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }
}
