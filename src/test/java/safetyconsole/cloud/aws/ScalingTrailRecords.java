package safetyconsole.cloud.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.json.Json;

/**
 * CloudTrail records of a scale-in as {@code aws cloudtrail lookup-events} prints them (AWS's documented record
 * shape): Auto Scaling's service-linked role terminating an instance, a person's Auto Scaling call or stack
 * operation, and CloudFormation calling Auto Scaling with a stack's service role.
 */
final class ScalingTrailRecords {

    static final String ACCOUNT = "123456789012";

    private final List<ObjectNode> events = new ArrayList<>();

    /** The records so far as one lookup-events output, for {@link LocalCloudTrail}. */
    JsonNode output() {
        ObjectNode output = Json.mapper().createObjectNode();
        output.set("Events", Json.mapper().createArrayNode().addAll(events));
        return output;
    }

    /** EC2 TerminateInstances by AWSServiceRoleForAutoScaling, invoked by Auto Scaling. */
    ScalingTrailRecords autoScalingTerminates(String eventId, Instant time, String region, String instanceId) {
        ObjectNode identity = Json.mapper().createObjectNode().put("type", "AssumedRole")
                .put("principalId", "AROAEXAMPLEASG:AutoScaling")
                .put("arn", "arn:aws:sts::" + ACCOUNT + ":assumed-role/AWSServiceRoleForAutoScaling/AutoScaling")
                .put("accountId", ACCOUNT).put("invokedBy", "autoscaling.amazonaws.com");
        identity.putObject("sessionContext").set("sessionIssuer", Json.mapper().createObjectNode()
                .put("type", "Role").put("userName", "AWSServiceRoleForAutoScaling")
                .put("arn", "arn:aws:iam::" + ACCOUNT
                        + ":role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"));
        ((ObjectNode) identity.get("sessionContext")).putObject("attributes").put("mfaAuthenticated", "false");
        ObjectNode parameters = Json.mapper().createObjectNode();
        parameters.putObject("instancesSet").putArray("items").addObject().put("instanceId", instanceId);
        return add(eventId, time, region, "ec2.amazonaws.com", "TerminateInstances", "AutoScaling", identity,
                "autoscaling.amazonaws.com", parameters, instanceId, "AWS::EC2::Instance");
    }

    /** A person's Auto Scaling call (IAM user, MFA) naming the group. */
    ScalingTrailRecords personCalls(String eventId, Instant time, String region, String user, String eventName,
                                    ObjectNode parameters) {
        return add(eventId, time, region, "autoscaling.amazonaws.com", eventName, user, person(user), "203.0.113.7",
                parameters, parameters.path("autoScalingGroupName").asText(), "AWS::AutoScaling::AutoScalingGroup");
    }

    /** A person's CloudFormation stack operation (UpdateStack, ExecuteChangeSet, …) naming the stack. */
    ScalingTrailRecords personOperatesStack(String eventId, Instant time, String region, String user,
                                            String eventName, String stackName) {
        ObjectNode parameters = Json.mapper().createObjectNode().put("stackName", stackName);
        return add(eventId, time, region, "cloudformation.amazonaws.com", eventName, user, person(user),
                "203.0.113.7", parameters, stackName, "AWS::CloudFormation::Stack");
    }

    /** An Auto Scaling call CloudFormation made with the stack's service role (session AWSCloudFormation). */
    ScalingTrailRecords stackRoleCalls(String eventId, Instant time, String region, String eventName,
                                       ObjectNode parameters) {
        ObjectNode identity = Json.mapper().createObjectNode().put("type", "AssumedRole")
                .put("principalId", "AROAEXAMPLECFN:AWSCloudFormation")
                .put("arn", "arn:aws:sts::" + ACCOUNT + ":assumed-role/shop-cfn-deploy/AWSCloudFormation")
                .put("accountId", ACCOUNT).put("invokedBy", "cloudformation.amazonaws.com");
        identity.putObject("sessionContext").putObject("attributes").put("mfaAuthenticated", "false");
        return add(eventId, time, region, "autoscaling.amazonaws.com", eventName, "AWSCloudFormation", identity,
                "cloudformation.amazonaws.com", parameters, parameters.path("autoScalingGroupName").asText(),
                "AWS::AutoScaling::AutoScalingGroup");
    }

    private static ObjectNode person(String user) {
        ObjectNode identity = Json.mapper().createObjectNode().put("type", "IAMUser")
                .put("principalId", "AIDAEXAMPLE" + user.toUpperCase(Locale.ROOT))
                .put("arn", "arn:aws:iam::" + ACCOUNT + ":user/" + user).put("accountId", ACCOUNT)
                .put("userName", user);
        identity.putObject("sessionContext").putObject("attributes").put("mfaAuthenticated", "true");
        return identity;
    }

    private ScalingTrailRecords add(String eventId, Instant time, String region, String source, String name,
                                    String username, ObjectNode identity, String sourceIp, ObjectNode parameters,
                                    String resource, String resourceType) {
        ObjectNode record = Json.mapper().createObjectNode().put("eventVersion", "1.09");
        record.set("userIdentity", identity);
        record.put("eventTime", time.toString()).put("eventSource", source).put("eventName", name)
                .put("awsRegion", region).put("sourceIPAddress", sourceIp).put("userAgent", sourceIp);
        record.set("requestParameters", parameters);
        record.putNull("responseElements");
        record.put("eventID", eventId).put("readOnly", false).put("eventType", "AwsApiCall")
                .put("managementEvent", true).put("recipientAccountId", ACCOUNT);
        ObjectNode event = Json.mapper().createObjectNode().put("EventId", eventId).put("EventName", name)
                .put("ReadOnly", "false").put("EventTime", time.toString()).put("EventSource", source)
                .put("Username", username);
        ArrayNode resources = event.putArray("Resources");
        resources.addObject().put("ResourceType", resourceType).put("ResourceName", resource);
        event.put("CloudTrailEvent", record.toString());
        events.add(event);
        return this;
    }
}
