package safetyconsole.cloud;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The read side of a cloud account. Blocking and thread-safe: callers choose the thread
 * (in the UI, only through the TaskRunner). Every failure is a {@link CloudException}.
 */
public interface CloudAccount {

    /** A short label for where the data comes from, e.g. "Demo account" or "AWS profile ops". */
    String description();

    CallerIdentity callerIdentity();

    Optional<String> accountAlias();

    /** The region of the OpsWorks endpoint; a stack's own region may differ. */
    String endpointRegion();

    /**
     * @throws CloudException of kind {@link CloudException.Kind#SERVICE_UNAVAILABLE_HERE} when the account does not
     *                        offer the service holding these stacks; {@link StackDiscovery#read} takes that as none
     */
    List<Stack> describeStacks();

    List<Layer> describeLayers(String stackId);

    List<Instance> describeInstances(String stackId);

    List<App> describeApps(String stackId);

    /**
     * EC2 instances by id, in the given region. Callers pass at most {@link #MAX_EC2_IDS_PER_CALL} ids;
     * ids EC2 no longer knows are simply absent from the result.
     */
    List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds);

    List<SecurityGroup> describeSecurityGroups(String region, String vpcId);

    List<TrailEvent> lookupTrailEvents(TrailQuery query);

    /** The same account's Auto Scaling groups, launch templates and CloudFormation stacks: the migrated stacks. */
    ScalingGroupReads scalingGroups();

    /** The same account's Systems Manager: run lists, documents, managed instances, command output. */
    SystemsManagerReads systemsManager();

    /** EC2 DescribeInstances accepts at most 1000 instance ids per request. */
    int MAX_EC2_IDS_PER_CALL = 1000;
}
