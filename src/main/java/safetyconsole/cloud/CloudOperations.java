package safetyconsole.cloud;

import java.util.List;

/**
 * The write side of an account. Every method takes a {@link Confirmation} covering exactly that call and
 * refuses ({@link UnconfirmedMutationException}) otherwise. Failures are {@link CloudException}s.
 */
public interface CloudOperations {

    MutationResult startInstance(String instanceId, Confirmation confirmation);

    /**
     * {@code force} on an EBS-backed instance makes OpsWorks drop only its own instance and leave the EC2
     * instance running, to be cleaned up by hand.
     */
    MutationResult stopInstance(String instanceId, boolean force, Confirmation confirmation);

    MutationResult rebootInstance(String instanceId, Confirmation confirmation);

    /** Only a stopped instance; its EC2 instance is terminated. */
    MutationResult deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes,
                                  Confirmation confirmation);

    /** Only a layer with no instances. */
    MutationResult deleteLayer(String layerId, Confirmation confirmation);

    MutationResult deleteApp(String appId, Confirmation confirmation);

    /** Only an empty stack: no instances, layers or apps. */
    MutationResult deleteStack(String stackId, Confirmation confirmation);

    /**
     * EC2 ModifyInstanceAttribute: {@code groupIds} (at least one, all in the instance's VPC) replace the groups
     * of the EC2 instance behind OpsWorks instance {@code instanceId}, which must still be {@code ec2InstanceId}.
     */
    MutationResult modifyInstanceGroups(String instanceId, String ec2InstanceId, List<String> groupIds,
                                        Confirmation confirmation);

    /** OpsWorks UpdateLayer(CustomSecurityGroupIds): replaces the list; running instances keep their groups. */
    MutationResult updateLayerSecurityGroups(String layerId, List<String> groupIds, Confirmation confirmation);

    // The stacks migrated off OpsWorks. Every target is in a region; the stack a confirmation must cover is the
    // CloudFormation stack that owns the group (its ARN), else the group itself (its ARN), as the provider reads it
    // right before the call.

    /** StartInstanceRefresh with {@code SkipMatching=true}; the result's request id names the refresh too. */
    MutationResult startInstanceRefresh(String region, String groupName, Confirmation confirmation);

    MutationResult cancelInstanceRefresh(String region, String groupName, Confirmation confirmation);

    /** Without honouring cooldown: the operator decided now. A decrease terminates instances. */
    MutationResult setDesiredCapacity(String region, String groupName, int desiredCapacity,
                                      Confirmation confirmation);

    /** The target is the instance; with {@code decrementDesiredCapacity} false the group launches a replacement. */
    MutationResult terminateInstanceInGroup(String region, String instanceId, boolean decrementDesiredCapacity,
                                            Confirmation confirmation);

    /** EC2 ModifyInstanceAttribute(Groups) on an instance of a group; {@code groupIds} replace its groups. */
    MutationResult hotfixInstanceGroups(String region, String instanceId, List<String> groupIds,
                                        Confirmation confirmation);

    /**
     * {@code forceDelete} terminates the group's instances with it; without it AWS refuses a group that still has
     * instances (and a provider must too).
     */
    MutationResult deleteAutoScalingGroup(String region, String groupName, boolean forceDelete,
                                          Confirmation confirmation);

    /** The target is the stack's ARN; everything it holds is deleted with it. */
    MutationResult deleteCloudFormationStack(String region, String stackId, Confirmation confirmation);

    /**
     * Systems Manager SendCommand with the document {@code AWS-RunShellScript}: {@code script} runs as root on the
     * instance (of a group). The result's request id is the command's id, which
     * {@link SystemsManagerReads#commandInvocation} reads the output of.
     */
    MutationResult sendRunShellScript(String region, String instanceId, String script, Confirmation confirmation);
}
