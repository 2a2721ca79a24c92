package safetyconsole.ui.shell;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import safetyconsole.cloud.App;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/** An account holding just the given stacks, all empty: for stack data the demo seed does not have. */
final class FixedAccount implements CloudAccount {

    private final List<Stack> stacks;

    FixedAccount(List<Stack> stacks) {
        this.stacks = List.copyOf(stacks);
    }

    @Override
    public String description() {
        return "Fixed test account";
    }

    @Override
    public CallerIdentity callerIdentity() {
        return new CallerIdentity("999988887777", "arn:aws:iam::999988887777:user/tester", "AIDATEST");
    }

    @Override
    public Optional<String> accountAlias() {
        return Optional.empty();
    }

    @Override
    public String endpointRegion() {
        return "us-east-1";
    }

    @Override
    public List<Stack> describeStacks() {
        return stacks;
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        return List.of();
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        return List.of();
    }

    @Override
    public List<App> describeApps(String stackId) {
        return List.of();
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds) {
        return List.of();
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        return List.of();
    }

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        return List.of();
    }
}
