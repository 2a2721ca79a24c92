package safetyconsole.cloud.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.StackResource;

/**
 * The demo account's CloudFormation stacks, each with its resources, by ARN. Deleting one removes it: the demo does
 * not keep the DELETE_COMPLETE stacks that AWS lists for 90 days, since nothing reads them.
 */
final class DemoCloudFormation {

    /** The resource type of a launch template in a stack, deleted with it. */
    static final String LAUNCH_TEMPLATE = "AWS::EC2::LaunchTemplate";

    private final DemoIds ids;
    private final String accountId;
    private final Map<String, CloudFormationStack> stacks = new LinkedHashMap<>();
    private final Map<String, List<StackResource>> resources = new LinkedHashMap<>();

    DemoCloudFormation(DemoIds ids, String accountId) {
        this.ids = ids;
        this.accountId = accountId;
    }

    /** CreateStack, its resources added one by one as CloudFormation creates them. */
    CloudFormationStack create(String region, String name, Map<String, String> tags, Instant now) {
        if (find(region, name).isPresent()) {
            throw new CloudException(CloudException.Kind.CONFLICT, "Stack [" + name + "] already exists");
        }
        String arn = "arn:aws:cloudformation:" + region + ":" + accountId + ":stack/" + name + "/"
                + ids.opsworksId("cloudformation-stack");
        CloudFormationStack stack = new CloudFormationStack(arn, name, region, "CREATE_COMPLETE", tags, now);
        stacks.put(arn, stack);
        resources.put(arn, new ArrayList<>());
        return stack;
    }

    void addResource(String stackArn, StackResource resource) {
        resources.get(stackArn).add(resource);
    }

    /** UpdateStack ended well. */
    void updated(String stackArn) {
        CloudFormationStack stack = stacks.get(stackArn);
        stacks.put(stackArn, new CloudFormationStack(stack.id(), stack.name(), stack.region(), "UPDATE_COMPLETE",
                stack.tags(), stack.createdAt()));
    }

    List<CloudFormationStack> stacks(String region) {
        return stacks.values().stream().filter(stack -> stack.region().equals(region)).toList();
    }

    /** By name or ARN, as CloudFormation accepts either. */
    Optional<CloudFormationStack> find(String region, String nameOrArn) {
        return stacks(region).stream()
                .filter(stack -> stack.id().equals(nameOrArn) || stack.name().equals(nameOrArn)).findFirst();
    }

    CloudFormationStack require(String region, String nameOrArn) {
        return find(region, nameOrArn).orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND,
                "Stack with id " + nameOrArn + " does not exist"));
    }

    List<StackResource> resources(String region, String nameOrArn) {
        return List.copyOf(resources.get(require(region, nameOrArn).id()));
    }

    /** The stack whose Auto Scaling group resource is this group. */
    Optional<CloudFormationStack> ownerOfGroup(String region, String groupName) {
        return stacks(region).stream().filter(stack -> resources.get(stack.id()).stream()
                .anyMatch(resource -> resource.isAutoScalingGroup() && resource.physicalId().equals(groupName)))
                .findFirst();
    }

    void delete(String stackArn) {
        stacks.remove(stackArn);
        resources.remove(stackArn);
    }
}
