package safetyconsole.cloud.aws;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.services.ssm.model.SendCommandResponse;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;

/**
 * The write side of an {@link AwsAccount}: each mutation finds its target's stack as AWS sees it now (an OpsWorks
 * stack; for a migrated stack the one {@link OwningStacks} finds), then checks the {@link Confirmation} covers it,
 * and only then asks for the change.
 */
final class AwsWrites implements CloudOperations {

    private static final Logger LOG = LoggerFactory.getLogger(AwsWrites.class);
    private static final String RUN_SHELL_SCRIPT = "AWS-RunShellScript";
    /** How long Systems Manager tries to reach the instance (its minimum is 30). */
    private static final int DELIVERY_TIMEOUT_SECONDS = 60;
    private static final String EXECUTION_TIMEOUT_SECONDS = "120";

    private final AwsClients clients;
    private final AwsRequests requests;
    private final Clock clock;
    private final OwningStacks owningStacks;

    AwsWrites(AwsClients clients, AwsRequests requests, Clock clock) {
        this.clients = clients;
        this.requests = requests;
        this.clock = clock;
        this.owningStacks = new OwningStacks(clients, requests);
    }

    @Override
    public MutationResult startInstance(String instanceId, Confirmation confirmation) {
        confirmInstance(Operation.START_INSTANCE, instanceId, confirmation);
        return mutation(Operation.START_INSTANCE.iamAction(), instanceId,
                () -> clients.opsWorksChanges().startInstance(r -> r.instanceId(instanceId)));
    }

    @Override
    public MutationResult stopInstance(String instanceId, boolean force, Confirmation confirmation) {
        confirmInstance(Operation.STOP_INSTANCE, instanceId, confirmation);
        return mutation(Operation.STOP_INSTANCE.iamAction(), instanceId,
                () -> clients.opsWorksChanges().stopInstance(r -> r.instanceId(instanceId).force(force)));
    }

    @Override
    public MutationResult rebootInstance(String instanceId, Confirmation confirmation) {
        confirmInstance(Operation.REBOOT_INSTANCE, instanceId, confirmation);
        return mutation(Operation.REBOOT_INSTANCE.iamAction(), instanceId,
                () -> clients.opsWorksChanges().rebootInstance(r -> r.instanceId(instanceId)));
    }

    @Override
    public MutationResult deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes,
                                         Confirmation confirmation) {
        confirmInstance(Operation.DELETE_INSTANCE, instanceId, confirmation);
        return mutation(Operation.DELETE_INSTANCE.iamAction(), instanceId, () -> clients.opsWorksChanges()
                .deleteInstance(r -> r.instanceId(instanceId).deleteElasticIp(deleteElasticIp)
                        .deleteVolumes(deleteVolumes)));
    }

    @Override
    public MutationResult deleteLayer(String layerId, Confirmation confirmation) {
        confirm(Operation.DELETE_LAYER, layerId, stackOfLayer(layerId), confirmation);
        return mutation(Operation.DELETE_LAYER.iamAction(), layerId,
                () -> clients.opsWorksChanges().deleteLayer(r -> r.layerId(layerId)));
    }

    @Override
    public MutationResult deleteApp(String appId, Confirmation confirmation) {
        String stackId = requests.call("opsworks:DescribeApps", appId,
                () -> clients.opsWorks().describeApps(r -> r.appIds(appId)))
                .apps().stream().findFirst().map(a -> a.stackId()).orElseThrow(() -> notFound("app", appId));
        confirm(Operation.DELETE_APP, appId, stackId, confirmation);
        return mutation(Operation.DELETE_APP.iamAction(), appId,
                () -> clients.opsWorksChanges().deleteApp(r -> r.appId(appId)));
    }

    @Override
    public MutationResult deleteStack(String stackId, Confirmation confirmation) {
        confirm(Operation.DELETE_STACK, stackId, stack(stackId).stackId(), confirmation);
        return mutation(Operation.DELETE_STACK.iamAction(), stackId,
                () -> clients.opsWorksChanges().deleteStack(r -> r.stackId(stackId)));
    }

    @Override
    public MutationResult modifyInstanceGroups(String instanceId, String ec2InstanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        var instance = instance(instanceId);
        confirm(Operation.MODIFY_INSTANCE_GROUPS, instanceId, instance.stackId(), confirmation);
        if (!ec2InstanceId.equals(instance.ec2InstanceId())) {
            String now = instance.ec2InstanceId() == null ? " has no EC2 instance"
                    : " is EC2 instance " + instance.ec2InstanceId();
            throw new CloudException(CloudException.Kind.CONFLICT, "Instance " + instanceId + now + ", not "
                    + ec2InstanceId);
        }
        String region = stack(instance.stackId()).region();
        return mutation(Operation.MODIFY_INSTANCE_GROUPS.iamAction(), "(groups) of " + ec2InstanceId,
                () -> clients.ec2Changes(region).modifyInstanceAttribute(r -> r.instanceId(ec2InstanceId)
                        .groups(groupIds)));
    }

    @Override
    public MutationResult updateLayerSecurityGroups(String layerId, List<String> groupIds, Confirmation confirmation) {
        confirm(Operation.UPDATE_LAYER_GROUPS, layerId, stackOfLayer(layerId), confirmation);
        return mutation(Operation.UPDATE_LAYER_GROUPS.iamAction(), "(custom security groups) of " + layerId,
                () -> clients.opsWorksChanges().updateLayer(r -> r.layerId(layerId).customSecurityGroupIds(groupIds)));
    }

    private void confirmInstance(Operation operation, String instanceId, Confirmation confirmation) {
        confirm(operation, instanceId, instance(instanceId).stackId(), confirmation);
    }

    private void confirm(Operation operation, String targetId, String actualStackId, Confirmation confirmation) {
        confirmation.requireCovers(operation, actualStackId, targetId, clock.instant());
    }

    private software.amazon.awssdk.services.opsworks.model.Instance instance(String instanceId) {
        return requests.call("opsworks:DescribeInstances", instanceId,
                () -> clients.opsWorks().describeInstances(r -> r.instanceIds(instanceId)))
                .instances().stream().findFirst().orElseThrow(() -> notFound("instance", instanceId));
    }

    private String stackOfLayer(String layerId) {
        return requests.call("opsworks:DescribeLayers", layerId,
                () -> clients.opsWorks().describeLayers(r -> r.layerIds(layerId)))
                .layers().stream().findFirst().map(l -> l.stackId()).orElseThrow(() -> notFound("layer", layerId));
    }

    private software.amazon.awssdk.services.opsworks.model.Stack stack(String stackId) {
        return requests.call("opsworks:DescribeStacks", stackId,
                () -> clients.opsWorks().describeStacks(r -> r.stackIds(stackId)))
                .stacks().stream().findFirst().orElseThrow(() -> notFound("stack", stackId));
    }

    private static CloudException notFound(String noun, String id) {
        return new CloudException(CloudException.Kind.NOT_FOUND, "No " + noun + " with id " + id);
    }

    private MutationResult mutation(String action, String about, Supplier<? extends AwsResponse> change) {
        return mutation(action, about, change, response -> "");
    }

    /** {@code named} says what the change made or touched (an instance refresh's id), beside the request id. */
    private <R extends AwsResponse> MutationResult mutation(String action, String about, Supplier<R> change,
                                                            Function<R, String> named) {
        R response = requests.call(action, about, change);
        String requestId = response.responseMetadata().requestId();
        String result = (requestId == null ? "unknown" : requestId)
                + Optional.of(named.apply(response)).filter(name -> !name.isEmpty()).map(name -> ", " + name)
                .orElse("");
        LOG.info("{} done, request {}", AwsCall.of(action, about), result);
        return new MutationResult(result);
    }

    @Override
    public MutationResult startInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        confirmGroup(Operation.START_INSTANCE_REFRESH, region, groupName, confirmation);
        // SkipMatching and nothing else: the refresh replaces the instances unlike the group's template and
        // version, and leaves the group's own settings as they are.
        return mutation(Operation.START_INSTANCE_REFRESH.iamAction(), groupOf(groupName, region),
                () -> clients.autoScalingChanges(region).startInstanceRefresh(r -> r.autoScalingGroupName(groupName)
                        .preferences(p -> p.skipMatching(true))),
                response -> "instance refresh " + response.instanceRefreshId());
    }

    @Override
    public MutationResult cancelInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        confirmGroup(Operation.CANCEL_INSTANCE_REFRESH, region, groupName, confirmation);
        return mutation(Operation.CANCEL_INSTANCE_REFRESH.iamAction(), groupOf(groupName, region),
                () -> clients.autoScalingChanges(region).cancelInstanceRefresh(r -> r.autoScalingGroupName(groupName)),
                response -> "instance refresh " + response.instanceRefreshId());
    }

    @Override
    public MutationResult setDesiredCapacity(String region, String groupName, int desiredCapacity,
                                             Confirmation confirmation) {
        confirmGroup(Operation.SET_DESIRED_CAPACITY, region, groupName, confirmation);
        return mutation(Operation.SET_DESIRED_CAPACITY.iamAction(), "to " + desiredCapacity + " of "
                        + groupOf(groupName, region),
                () -> clients.autoScalingChanges(region).setDesiredCapacity(r -> r.autoScalingGroupName(groupName)
                        .desiredCapacity(desiredCapacity).honorCooldown(false)));
    }

    @Override
    public MutationResult terminateInstanceInGroup(String region, String instanceId, boolean decrementDesiredCapacity,
                                                   Confirmation confirmation) {
        String groupName = confirmInstanceInGroup(Operation.TERMINATE_INSTANCE_IN_GROUP, region, instanceId,
                confirmation);
        return mutation(Operation.TERMINATE_INSTANCE_IN_GROUP.iamAction(), instanceId + " of "
                        + groupOf(groupName, region),
                () -> clients.autoScalingChanges(region).terminateInstanceInAutoScalingGroup(r -> r
                        .instanceId(instanceId).shouldDecrementDesiredCapacity(decrementDesiredCapacity)));
    }

    @Override
    public MutationResult hotfixInstanceGroups(String region, String instanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        String groupName = confirmInstanceInGroup(Operation.HOTFIX_INSTANCE_GROUPS, region, instanceId,
                confirmation);
        return mutation(Operation.HOTFIX_INSTANCE_GROUPS.iamAction(), "(groups) of " + instanceId + " of "
                        + groupOf(groupName, region),
                () -> clients.ec2Changes(region).modifyInstanceAttribute(r -> r.instanceId(instanceId)
                        .groups(groupIds)));
    }

    @Override
    public MutationResult deleteAutoScalingGroup(String region, String groupName, boolean forceDelete,
                                                 Confirmation confirmation) {
        OwningStacks.GroupHome home = confirmGroup(Operation.DELETE_AUTO_SCALING_GROUP, region, groupName,
                confirmation);
        // AWS refuses this itself; not every endpoint does (moto deletes the group and leaves its instances).
        if (!forceDelete && !home.group().instances().isEmpty()) {
            throw new CloudException(CloudException.Kind.CONFLICT, "Auto Scaling group " + groupName + " in "
                    + region + " still has " + home.group().instances().size() + " instances; not deleted");
        }
        return mutation(Operation.DELETE_AUTO_SCALING_GROUP.iamAction(), groupOf(groupName, region),
                () -> clients.autoScalingChanges(region).deleteAutoScalingGroup(r -> r.autoScalingGroupName(groupName)
                        .forceDelete(forceDelete)));
    }

    @Override
    public MutationResult deleteCloudFormationStack(String region, String stackId, Confirmation confirmation) {
        String arn = owningStacks.ofCloudFormationStack(region, stackId);
        confirm(Operation.DELETE_CLOUDFORMATION_STACK, stackId, arn, confirmation);
        // By ARN: a name could meanwhile stand for a new stack created in the deleted one's place.
        return mutation(Operation.DELETE_CLOUDFORMATION_STACK.iamAction(), arn,
                () -> clients.cloudFormationChanges(region).deleteStack(r -> r.stackName(arn)));
    }

    private OwningStacks.GroupHome confirmGroup(Operation operation, String region, String groupName,
                                                Confirmation confirmation) {
        OwningStacks.GroupHome home = owningStacks.ofGroup(region, groupName);
        confirm(operation, groupName, home.stackId(), confirmation);
        return home;
    }

    /**
     * The script as {@code AWS-RunShellScript}'s commands, one line each (the agent joins them into one script), with
     * a short limit: the look reads a few files and should take seconds.
     */
    @Override
    public MutationResult sendRunShellScript(String region, String instanceId, String script,
                                             Confirmation confirmation) {
        String groupName = confirmInstanceInGroup(Operation.SEND_RUN_SHELL_SCRIPT, region, instanceId, confirmation);
        String about = instanceId + " of " + groupOf(groupName, region);
        SendCommandResponse response = requests.call(Operation.SEND_RUN_SHELL_SCRIPT.iamAction(), about,
                () -> clients.systemsManagerChanges(region).sendCommand(r -> r.documentName(RUN_SHELL_SCRIPT)
                        .instanceIds(instanceId).timeoutSeconds(DELIVERY_TIMEOUT_SECONDS)
                        .comment("OpsWorks Safety Console: read-only look at log rotation")
                        .parameters(Map.of("commands", script.lines().toList(),
                                "executionTimeout", List.of(EXECUTION_TIMEOUT_SECONDS)))));
        String commandId = response.command() == null ? null : response.command().commandId();
        if (commandId == null || commandId.isBlank()) {
            throw new CloudException(CloudException.Kind.UNKNOWN, AwsCall.of(Operation.SEND_RUN_SHELL_SCRIPT
                    .iamAction(), about) + " answered without a command id");
        }
        LOG.info("{} done, request {}, command {}", AwsCall.of(Operation.SEND_RUN_SHELL_SCRIPT.iamAction(), about),
                response.responseMetadata().requestId(), commandId);
        return new MutationResult(commandId);
    }

    /** The instance's group, once the confirmation is found to cover the instance in its group's stack. */
    private String confirmInstanceInGroup(Operation operation, String region, String instanceId,
                                          Confirmation confirmation) {
        OwningStacks.InstanceHome home = owningStacks.ofInstance(region, instanceId);
        confirm(operation, instanceId, home.stackId(), confirmation);
        return home.groupName();
    }

    private static String groupOf(String groupName, String region) {
        return "group " + groupName + " in " + region;
    }
}
