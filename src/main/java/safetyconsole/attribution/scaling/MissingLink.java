package safetyconsole.attribution.scaling;

import java.util.Objects;
import java.util.Optional;

import safetyconsole.cloud.CloudException;

/**
 * A link of the chain that could not be found, and why. {@code failure} is the provider's error when a read
 * failed (its sentence comes from {@code wording.FailureSentences}); {@code detail} names what was looked for.
 */
public record MissingLink(ChainStep step, Reason reason, String detail, Optional<CloudException> failure) {

    public enum Reason {
        /** Auto Scaling keeps six weeks of activities; the instance went before that. */
        OLDER_THAN_ACTIVITY_HISTORY,
        /** CloudTrail's event history keeps 90 days; the call happened before that. */
        OLDER_THAN_TRAIL_HISTORY,
        /** The account refused the read (ACCESS_DENIED). */
        NO_PERMISSION,
        /** CloudTrail or Auto Scaling throttled the read beyond the retries. */
        THROTTLED,
        /** The read failed otherwise (network, service error, …). */
        READ_FAILED,
        /** Read, but nothing matched inside the link's window. */
        NOT_FOUND
    }

    public MissingLink {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(failure, "failure");
    }
}
