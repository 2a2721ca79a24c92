package safetyconsole.migrated;

import java.time.Clock;
import java.util.Objects;

import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.Stack;

/**
 * Reads one stack of the migrated kinds ({@link Stack#kind()} not OPSWORKS) into a {@link ScalingStackInventory}:
 * its CloudFormation stack and resources, its groups' facts and their analysis. Blocking; call it off the FX thread.
 */
public final class ScalingStackLoader {

    private final ScalingGroupReads reads;
    private final Clock clock;

    public ScalingStackLoader(ScalingGroupReads reads, Clock clock) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws safetyconsole.cloud.CloudException when the stack's groups cannot be listed at all */
    public ScalingStackInventory load(Stack stack) {
        throw new UnsupportedOperationException("TODO(issue 16) " + reads + clock + stack);
    }
}
