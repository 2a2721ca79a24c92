package safetyconsole.guard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.SystemsManagerReads;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/** Reads through to another account, but can claim every instance now belongs to another stack. */
final class MovingAccount implements CloudAccount {

    private final CloudAccount real;
    private volatile String movedTo;

    MovingAccount(CloudAccount real) {
        this.real = real;
    }

    void moveEverythingTo(String stackId) {
        movedTo = stackId;
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        List<Instance> instances = real.describeInstances(stackId);
        if (movedTo == null) {
            return instances;
        }
        return instances.stream().map(i -> i.withStackId(movedTo)).collect(Collectors.toList());
    }

    @Override
    public String description() {
        return real.description();
    }

    @Override
    public CallerIdentity callerIdentity() {
        return real.callerIdentity();
    }

    @Override
    public Optional<String> accountAlias() {
        return real.accountAlias();
    }

    @Override
    public String endpointRegion() {
        return real.endpointRegion();
    }

    @Override
    public List<Stack> describeStacks() {
        return real.describeStacks();
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        return real.describeLayers(stackId);
    }

    @Override
    public List<App> describeApps(String stackId) {
        return real.describeApps(stackId);
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds) {
        return real.describeEc2Instances(region, ec2InstanceIds);
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        return real.describeSecurityGroups(region, vpcId);
    }

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        return real.lookupTrailEvents(query);
    }

    @Override
    public ScalingGroupReads scalingGroups() {
        return real.scalingGroups();
    }

    @Override
    public SystemsManagerReads systemsManager() {
        return real.systemsManager();
    }
}
