package safetyconsole.cloud.aws;

import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;

/**
 * The stack a migrated stack's target belongs to right now, as a confirmation must name it: the CloudFormation
 * stack that owns the group (its ARN), else the group itself (its ARN). Read right before each change, so a group
 * moved to another stack, or an instance moved to another group, since the plan is refused.
 */
final class OwningStacks {

    /** CloudFormation tags the groups it creates with its stack's ARN. */
    static final String STACK_ID_TAG = "aws:cloudformation:stack-id";

    /** A group as it is now and the stack it belongs to. */
    record GroupHome(AutoScalingGroup group, String stackId) {
    }

    /** An instance's group as it is now and the stack that group belongs to. */
    record InstanceHome(String groupName, String stackId) {
    }

    private final AwsClients clients;
    private final AwsRequests requests;

    OwningStacks(AwsClients clients, AwsRequests requests) {
        this.clients = clients;
        this.requests = requests;
    }

    GroupHome ofGroup(String region, String groupName) {
        AutoScalingGroup group = AutoScalingGroupsByName.read(clients, requests, region, groupName)
                .orElseThrow(() -> notFound("Auto Scaling group " + groupName + " in " + region));
        String stackId = group.tags().stream().filter(tag -> STACK_ID_TAG.equals(tag.key()))
                .map(tag -> tag.value()).filter(value -> value != null && !value.isEmpty()).findFirst()
                .or(() -> stackHolding(region, groupName))
                .orElseGet(group::autoScalingGroupARN);
        return new GroupHome(group, stackId);
    }

    InstanceHome ofInstance(String region, String instanceId) {
        String groupName = requests.call("autoscaling:DescribeAutoScalingInstances", instanceId + " in " + region,
                () -> clients.autoScaling(region).describeAutoScalingInstances(r -> r.instanceIds(instanceId))
                        .autoScalingInstances().stream().filter(i -> instanceId.equals(i.instanceId()))
                        .map(i -> i.autoScalingGroupName()).findFirst())
                .orElseThrow(() -> notFound("Instance " + instanceId + " in an Auto Scaling group of " + region));
        return new InstanceHome(groupName, ofGroup(region, groupName).stackId());
    }

    /** The ARN of a CloudFormation stack named by name or ARN; a deleted one is not found. */
    String ofCloudFormationStack(String region, String stackNameOrId) {
        return new AwsScalingGroupReads(clients, requests).describeCloudFormationStack(region, stackNameOrId)
                .map(CloudFormationStack::id)
                .orElseThrow(() -> notFound("CloudFormation stack " + stackNameOrId + " in " + region));
    }

    /**
     * The stack holding the group as a resource, for a group without CloudFormation's tag. CloudFormation answers
     * a ValidationError when no stack holds it; any other failure fails the change: a stack that could not be
     * asked is not a group on its own.
     */
    private Optional<String> stackHolding(String region, String groupName) {
        return requests.call("cloudformation:DescribeStackResources", "holding " + groupName + " in " + region,
                () -> unlessNoSuchStack(() -> clients.cloudFormation(region)
                        .describeStackResources(r -> r.physicalResourceId(groupName)).stackResources().stream()
                        .map(resource -> resource.stackId()).findFirst()));
    }

    /** Empty where CloudFormation answers that the stack, or a resource's stack, does not exist. */
    static <T> Optional<T> unlessNoSuchStack(Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (CloudFormationException e) {
            if (e.awsErrorDetails() != null && "ValidationError".equals(e.awsErrorDetails().errorCode())
                    && String.valueOf(e.awsErrorDetails().errorMessage()).contains("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static CloudException notFound(String what) {
        return new CloudException(CloudException.Kind.NOT_FOUND, "No " + what);
    }
}
