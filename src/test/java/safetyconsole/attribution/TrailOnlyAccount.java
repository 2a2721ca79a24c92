package safetyconsole.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/** An account that has only CloudTrail events, given by the test, and counts the lookups. */
final class TrailOnlyAccount extends EmptyAccount {

    final List<TrailEvent> events = new ArrayList<>();
    final List<TrailQuery> queries = new ArrayList<>();

    TrailOnlyAccount() {
        super("trail only", new CallerIdentity("1", "arn:aws:iam::1:user/t", "t"));
    }

    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        queries.add(query);
        return events.stream().filter(query::matches).collect(Collectors.toList());
    }

    static TrailEvent event(String id, String time, String source, String name, String region, String user,
                            String invokedBy, String resource, String opsworksInstanceId) {
        return new TrailEvent(id, Instant.parse(time), source, name, region,
                user == null ? "arn:aws:sts::1:assumed-role/aws-opsworks-service-role/OpsWorks"
                        : "arn:aws:iam::1:user/" + user,
                user == null ? "OpsWorks" : user, invokedBy, "198.51.100.1", false,
                resource == null ? List.of() : List.of(resource),
                opsworksInstanceId == null ? Map.of() : Map.of("instanceId", opsworksInstanceId));
    }
}
