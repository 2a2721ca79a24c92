package safetyconsole.cloud;

import java.util.List;

/** A connection to an account with nothing in it; it only remembers whether it was closed. Changes are refused. */
public class FakeConnection extends EmptyAccount implements AccountConnector.Connection {

    private volatile boolean closed;

    public FakeConnection(String description, CallerIdentity caller) {
        super(description, caller);
    }

    public FakeConnection(String description) {
        this(description, new CallerIdentity("210987654321", "arn:aws:iam::210987654321:user/carol", "AIDCAROL"));
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public MutationResult startInstance(String instanceId, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult stopInstance(String instanceId, boolean force, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult rebootInstance(String instanceId, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes,
                                         Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult deleteLayer(String layerId, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult deleteApp(String appId, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult deleteStack(String stackId, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult modifyInstanceGroups(String instanceId, String ec2InstanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult updateLayerSecurityGroups(String layerId, List<String> groupIds, Confirmation confirmation) {
        throw refused();
    }


    @Override
    public MutationResult startInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult cancelInstanceRefresh(String region, String groupName, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult setDesiredCapacity(String region, String groupName, int desiredCapacity,
                                             Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult terminateInstanceInGroup(String region, String instanceId, boolean decrementDesiredCapacity,
                                                   Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult hotfixInstanceGroups(String region, String instanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult deleteAutoScalingGroup(String region, String groupName, boolean forceDelete,
                                                 Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult deleteCloudFormationStack(String region, String stackId, Confirmation confirmation) {
        throw refused();
    }

    @Override
    public MutationResult sendRunShellScript(String region, String instanceId, String script,
                                             Confirmation confirmation) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("a test connection changes nothing");
    }
}
