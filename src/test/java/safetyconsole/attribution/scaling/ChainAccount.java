package safetyconsole.attribution.scaling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/**
 * An account with one group's activities and CloudTrail events given by the test, written as AWS records them;
 * it counts the lookups and can refuse some.
 */
final class ChainAccount extends EmptyAccount {

    static final String REGION = "eu-west-1";
    static final String GROUP = "shop-prod-rails-app-ApplicationAsg-1X2Y3Z";
    static final String STACK = "shop-prod-rails-app-3f2a9c";
    static final String SLR = "arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling";
    static final String STACK_ROLE = "arn:aws:sts::111122223333:assumed-role/shop-cfn-deploy/AWSCloudFormation";
    static final String AUTO_SCALING = "autoscaling.amazonaws.com";
    static final String CLOUDFORMATION = "cloudformation.amazonaws.com";
    static final String EC2 = "ec2.amazonaws.com";

    final List<ScalingActivity> activities = new ArrayList<>();
    final List<TrailEvent> events = new ArrayList<>();
    final List<TrailQuery> queries = new ArrayList<>();
    final Map<String, CloudException> refusedLookups = new HashMap<>();
    Optional<CloudException> refusedActivities = Optional.empty();

    ChainAccount() {
        super("chain", new CallerIdentity("111122223333", "arn:aws:iam::111122223333:user/t", "t"));
    }

    @Override
    public List<ScalingActivity> describeScalingActivities(String region, String groupName) {
        refusedActivities.ifPresent(e -> {
            throw e;
        });
        return activities.stream().filter(a -> a.groupName().equals(groupName)).collect(Collectors.toList());
    }

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        queries.add(query);
        if (refusedLookups.containsKey(query.value())) {
            throw refusedLookups.get(query.value());
        }
        return events.stream().filter(query::matches).collect(Collectors.toList());
    }

    void terminating(String instanceId, Instant start, String cause) {
        activities.add(0, new ScalingActivity("act-" + instanceId, GROUP, "Terminating EC2 instance: " + instanceId,
                cause, start, Optional.of(start.plusSeconds(60)), "Successful"));
    }

    /** Auto Scaling's own TerminateInstances: the service-linked role, invoked by Auto Scaling. */
    void autoScalingTerminates(String eventId, Instant time, String... instanceIds) {
        events.add(new TrailEvent(eventId, time, EC2, "TerminateInstances", REGION, SLR, null, AUTO_SCALING,
                AUTO_SCALING, false, List.of(instanceIds), Map.of()));
    }

    /** A person's own call: an IAM user, from an address, with or without MFA. */
    void person(String eventId, Instant time, String source, String name, String user, Map<String, String> params,
                String... resources) {
        events.add(new TrailEvent(eventId, time, source, name, REGION, "arn:aws:iam::111122223333:user/" + user,
                user, null, "203.0.113.7", true, List.of(resources), params));
    }

    /** A call CloudFormation made, with {@code principalArn} (the person's, or the stack's service role). */
    void byCloudFormation(String eventId, Instant time, String name, String principalArn, Map<String, String> params) {
        events.add(new TrailEvent(eventId, time, AUTO_SCALING, name, REGION, principalArn, null, CLOUDFORMATION,
                CLOUDFORMATION, false, List.of(), params));
    }
}
