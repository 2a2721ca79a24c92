package safetyconsole.cloud.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import safetyconsole.cloud.Instance;
import safetyconsole.cloud.TrailEvent;

/**
 * The demo account's CloudTrail: the events API calls leave, shaped like AWS's, once recording has started
 * (the seed's own set-up leaves none). Each recorded call takes a moment of story time, as real calls do.
 */
final class DemoTrail {

    static final String AUTO_SCALING_SERVICE = "autoscaling.amazonaws.com";

    private final DemoIds ids;
    private final DemoClock clock;
    private final String accountId;
    private final String endpointRegion;
    private final List<TrailEvent> events = new ArrayList<>();
    private boolean recording;

    DemoTrail(DemoIds ids, DemoClock clock, String accountId, String endpointRegion) {
        this.ids = ids;
        this.clock = clock;
        this.accountId = accountId;
        this.endpointRegion = endpointRegion;
    }

    void startRecording() {
        recording = true;
    }

    List<TrailEvent> events() {
        return List.copyOf(events);
    }

    void opsworksCall(Actor actor, String eventName, Instance instance) {
        opsworksCall(actor, eventName, instance.id(), instance.stackId());
    }

    /** The user's own OpsWorks API call, recorded in the OpsWorks endpoint region. */
    void opsworksCall(Actor actor, String eventName, String resourceId, String stackId) {
        if (!recording || actor == null) {
            return;
        }
        String idParameter = eventName.endsWith("Layer") ? "layerId" : eventName.endsWith("App") ? "appId"
                : eventName.endsWith("Stack") ? "stackId" : "instanceId";
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(idParameter, resourceId);
        parameters.put("stackId", stackId);
        events.add(new TrailEvent(ids.eventId(), clock.now(), "opsworks.amazonaws.com", eventName, endpointRegion,
                actor.principalArn(), actor.userName(), null, actor.sourceIp(), actor.mfa(),
                List.of(resourceId), parameters));
        clock.advance(Duration.ofSeconds(2));
    }

    /**
     * The EC2 call OpsWorks makes on the user's behalf, in the stack's region, under the stack's service role:
     * the person is not in it. With no actor it is OpsWorks acting on its own (auto healing).
     */
    void serviceCall(Actor actor, String eventName, String region, String ec2Id) {
        if (!recording) {
            return;
        }
        events.add(ec2ServiceEvent("aws-opsworks-service-role/OpsWorks", "OpsWorks", Actor.OPSWORKS_SERVICE,
                eventName, region, ec2Id));
        clock.advance(Duration.ofSeconds(3));
    }

    /**
     * EC2's TerminateInstances that Auto Scaling makes for a group under its service-linked role
     * (AWSServiceRoleForAutoScaling, invoked by autoscaling.amazonaws.com): whoever asked for it is not in it. Its
     * launches leave no event in the demo, so that RunInstances stays OpsWorks' alone, as the OpsWorks stories
     * tell it.
     */
    void autoScalingTerminate(String region, String ec2Id) {
        if (recording) {
            events.add(ec2ServiceEvent("AWSServiceRoleForAutoScaling/AutoScaling", "AutoScaling",
                    AUTO_SCALING_SERVICE, "TerminateInstances", region, ec2Id));
        }
    }

    /**
     * A person's call to Auto Scaling or CloudFormation in {@code region}, made by them or by CloudFormation for
     * them ({@link Actor#invokedBy()}); {@code resources} are the names CloudTrail lists with it.
     */
    void call(Actor actor, String eventSource, String eventName, String region, List<String> resources,
              Map<String, String> parameters) {
        if (!recording || actor == null) {
            return;
        }
        events.add(new TrailEvent(ids.eventId(), clock.now(), eventSource, eventName, region, actor.principalArn(),
                actor.userName(), actor.invokedBy(), actor.sourceIp(), actor.mfa(), resources, parameters));
    }

    private TrailEvent ec2ServiceEvent(String assumedRole, String userName, String service, String eventName,
                                       String region, String ec2Id) {
        return new TrailEvent(ids.eventId(), clock.now(), "ec2.amazonaws.com", eventName, region,
                "arn:aws:sts::" + accountId + ":assumed-role/" + assumedRole, userName, service, service, false,
                List.of(ec2Id), Map.of("instancesSet", ec2Id));
    }

    /** The user's own EC2 ModifyInstanceAttribute(Groups) call, in the instance's region. */
    void modifyInstanceAttribute(Actor actor, String region, String ec2Id, List<String> groupIds) {
        if (!recording || actor == null) {
            return;
        }
        events.add(new TrailEvent(ids.eventId(), clock.now(), "ec2.amazonaws.com", "ModifyInstanceAttribute",
                region, actor.principalArn(), actor.userName(), null, actor.sourceIp(), actor.mfa(),
                List.of(ec2Id), Map.of("instanceId", ec2Id, "groupSet", String.join(",", groupIds))));
    }
}
