package safetyconsole.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

/** An account that has only CloudTrail events, given by the test, and counts the lookups. */
final class TrailOnlyAccount implements CloudAccount {

    final List<TrailEvent> events = new ArrayList<>();
    final List<TrailQuery> queries = new ArrayList<>();

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        queries.add(query);
        return events.stream().filter(query::matches).collect(Collectors.toList());
    }

    static TrailEvent event(String id, String time, String source, String name, String region, String user,
                            String invokedBy, String resource, String opsworksInstanceId) {
        return new TrailEvent(id, java.time.Instant.parse(time), source, name, region,
                user == null ? "arn:aws:sts::1:assumed-role/aws-opsworks-service-role/OpsWorks" : "arn:aws:iam::1:user/" + user,
                user == null ? "OpsWorks" : user, invokedBy, "198.51.100.1", false, resource == null ? List.of() : List.of(resource),
                opsworksInstanceId == null ? Map.of() : Map.of("instanceId", opsworksInstanceId));
    }

    @Override
    public String description() {
        return "trail only";
    }

    @Override
    public CallerIdentity callerIdentity() {
        return new CallerIdentity("1", "arn:aws:iam::1:user/t", "t");
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
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<App> describeApps(String stackId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ids) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        throw new UnsupportedOperationException();
    }
}
