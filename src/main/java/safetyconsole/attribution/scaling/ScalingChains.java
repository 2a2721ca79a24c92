package safetyconsole.attribution.scaling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import safetyconsole.cloud.CloudAccount;

/**
 * Explains who removed instances from an Auto Scaling group: EC2's terminate names Auto Scaling's service-linked
 * role, the group's activity names a trigger, the matching Auto Scaling call names a person or CloudFormation,
 * and CloudFormation's stack operation names the person behind a service role.
 */
public final class ScalingChains {

    /** Auto Scaling keeps a group's activities this long. */
    public static final Duration ACTIVITY_HISTORY = Duration.ofDays(42);

    private final CloudAccount account;
    private final Clock clock;

    /** {@code account} gives the group's activities ({@code scalingGroups()}) and CloudTrail's lookups. */
    public ScalingChains(CloudAccount account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    /**
     * The chains of {@code goneInstanceIds}, instances of {@code groupName} in {@code region} that went between
     * {@code from} (last seen) and {@code to} (first seen missing). {@code stackName} is the group's
     * {@code aws:cloudformation:stack-name}, when it has one. Never throws for a failed read: the link is missing
     * with its reason.
     */
    public ScalingChain explain(String region, String groupName, Optional<String> stackName,
                                Collection<String> goneInstanceIds, Instant from, Instant to) {
        throw new UnsupportedOperationException("TODO(issue 17) chain " + account + clock);
    }
}
