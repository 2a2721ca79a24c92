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
}
