package safetyconsole.attribution.scaling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import safetyconsole.attribution.Attribution;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ScalingActivity;

/**
 * Explains who removed instances from an Auto Scaling group: EC2's terminate names Auto Scaling's service-linked
 * role, the group's activity names a trigger, the matching Auto Scaling call names a person or CloudFormation,
 * and CloudFormation's stack operation names the person behind a service role. One activity read per group; the
 * CloudTrail lookups of all the group's gone instances are planned together (see {@link TrailWindows}).
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
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The instances cannot go before they were last seen");
        }
        Instant now = clock.instant();
        List<MissingLink> unchecked = new ArrayList<>();
        Consumer<MissingLink> failures = link -> {
            if (unchecked.stream().noneMatch(known -> known.failure().equals(link.failure()))) {
                unchecked.add(link);
            }
        };
        Activities activities = Activities.read(account, region, groupName);
        List<InstanceChain> chains = new ArrayList<>();
        for (String instanceId : new LinkedHashSet<>(goneInstanceIds)) {
            Optional<ScalingActivity> activity = activities.of(instanceId);
            InstanceChain chain = new InstanceChain(instanceId, groupName, stackName, activity, from, to, failures);
            if (activity.isEmpty()) {
                MissingLink link = activities.missing(instanceId, from.isBefore(now.minus(ACTIVITY_HISTORY)));
                chain.addMissing(link);
                if (link.failure().isPresent()) {
                    failures.accept(link);
                }
            }
            chains.add(chain);
        }
        TrailWindows trail = new TrailWindows(account, region, now.minus(Attribution.HISTORY));
        chains.forEach(c -> c.needCalls(trail));
        trail.fetch();
        chains.forEach(c -> c.linkCalls(trail));
        chains.forEach(c -> c.needStackOperations(trail));
        trail.fetch();
        chains.forEach(c -> c.linkStackOperations(trail));
        chains.forEach(c -> c.needChangeSets(trail));
        trail.fetch();
        chains.forEach(c -> c.linkChangeSets(trail));
        return new ScalingChain(region, groupName, stackName, from, to,
                chains.stream().map(InstanceChain::result).toList(), unchecked, trail.lookups());
    }

    /** A group's activity history as read once, or the failure that kept it unread. */
    private record Activities(List<ScalingActivity> history, Optional<CloudException> failure) {

        static Activities read(CloudAccount account, String region, String groupName) {
            try {
                return new Activities(account.scalingGroups().describeScalingActivities(region, groupName),
                        Optional.empty());
            } catch (CloudException e) {
                return new Activities(List.of(), Optional.of(e));
            }
        }

        /**
         * The newest activity that terminated or detached the instance (not the one that launched it), naming it
         * as a whole word: an 8-digit id is the start of a 17-digit one.
         */
        Optional<ScalingActivity> of(String instanceId) {
            Pattern named = Pattern.compile("(?<![\\w-])" + Pattern.quote(instanceId) + "(?![\\w-])");
            return history.stream().filter(a -> named.matcher(a.description()).find()
                    && !a.description().startsWith("Launching")).findFirst();
        }

        MissingLink missing(String instanceId, boolean mayBeOlder) {
            MissingLink.Reason reason = failure.map(InstanceChain::reason).orElse(mayBeOlder
                    ? MissingLink.Reason.OLDER_THAN_ACTIVITY_HISTORY : MissingLink.Reason.NOT_FOUND);
            return new MissingLink(ChainStep.SCALING_ACTIVITY, reason, "the activity that removed " + instanceId,
                    failure);
        }
    }
}
