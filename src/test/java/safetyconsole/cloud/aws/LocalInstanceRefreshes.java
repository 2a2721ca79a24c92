package safetyconsole.cloud.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Instance refreshes, which moto lacks (an HTML 500), answered by a {@link LocalAwsPeer} in front of it as Auto
 * Scaling does (query protocol, XML): at most one active refresh per group, its cancellation, and on
 * {@link #complete} the refresh carried out on moto's group the way {@code SkipMatching=true} does it: only the
 * instances launched from another template version are replaced.
 */
final class LocalInstanceRefreshes {

    static final String NAMESPACE = "http://autoscaling.amazonaws.com/doc/2011-01-01/";

    /** One refresh as the peer keeps it; {@code status} in the API's words. */
    private record Refresh(String id, String group, String status, int percentage) {
    }

    private final AutoScalingClient autoScaling;
    private final Ec2Client ec2;
    /** Newest first, per group, as Auto Scaling lists them. */
    private final Map<String, List<Refresh>> refreshes = new ConcurrentHashMap<>();

    /** {@code autoScaling} and {@code ec2} talk to moto directly: the refresh's own work is not the adapter's. */
    LocalInstanceRefreshes(AutoScalingClient autoScaling, Ec2Client ec2) {
        this.autoScaling = autoScaling;
        this.ec2 = ec2;
    }

    void serveOn(LocalAwsPeer peer) {
        peer.on("StartInstanceRefresh", request -> start(request.body().path("AutoScalingGroupName").asText()));
        peer.on("CancelInstanceRefresh", request -> cancel(request.body().path("AutoScalingGroupName").asText()));
        peer.on("DescribeInstanceRefreshes",
                request -> describe(request.body().path("AutoScalingGroupName").asText()));
    }

    private synchronized LocalAwsPeer.Reply start(String group) {
        List<Refresh> ofGroup = refreshes.computeIfAbsent(group, g -> new ArrayList<>());
        if (!ofGroup.isEmpty() && ofGroup.get(0).status().equals("InProgress")) {
            return error("InstanceRefreshInProgress", "An Instance Refresh is already in progress and blocks the"
                    + " execution of this Instance Refresh.");
        }
        Refresh refresh = new Refresh("refresh-" + (ofGroup.size() + 1), group, "InProgress", 0);
        ofGroup.add(0, refresh);
        return LocalAwsPeer.Reply.xml("<StartInstanceRefreshResponse xmlns=\"" + NAMESPACE + "\">"
                + "<StartInstanceRefreshResult><InstanceRefreshId>" + refresh.id() + "</InstanceRefreshId>"
                + "</StartInstanceRefreshResult>" + metadata() + "</StartInstanceRefreshResponse>");
    }

    private synchronized LocalAwsPeer.Reply cancel(String group) {
        List<Refresh> ofGroup = refreshes.getOrDefault(group, List.of());
        if (ofGroup.isEmpty() || !ofGroup.get(0).status().equals("InProgress")) {
            return error("ActiveInstanceRefreshNotFound", "No in progress or pending Instance Refresh found for"
                    + " Auto Scaling group " + group);
        }
        Refresh active = ofGroup.get(0);
        ofGroup.set(0, new Refresh(active.id(), group, "Cancelled", active.percentage()));
        return LocalAwsPeer.Reply.xml("<CancelInstanceRefreshResponse xmlns=\"" + NAMESPACE + "\">"
                + "<CancelInstanceRefreshResult><InstanceRefreshId>" + active.id() + "</InstanceRefreshId>"
                + "</CancelInstanceRefreshResult>" + metadata() + "</CancelInstanceRefreshResponse>");
    }

    private synchronized LocalAwsPeer.Reply describe(String group) {
        StringBuilder members = new StringBuilder();
        for (Refresh refresh : refreshes.getOrDefault(group, List.of())) {
            members.append("<member><InstanceRefreshId>").append(refresh.id()).append("</InstanceRefreshId>")
                    .append("<AutoScalingGroupName>").append(group).append("</AutoScalingGroupName>")
                    .append("<Status>").append(refresh.status()).append("</Status>")
                    .append("<PercentageComplete>").append(refresh.percentage()).append("</PercentageComplete>")
                    .append("<StartTime>2026-12-01T10:00:00Z</StartTime></member>");
        }
        return LocalAwsPeer.Reply.xml("<DescribeInstanceRefreshesResponse xmlns=\"" + NAMESPACE + "\">"
                + "<DescribeInstanceRefreshesResult><InstanceRefreshes>" + members + "</InstanceRefreshes>"
                + "</DescribeInstanceRefreshesResult>" + metadata() + "</DescribeInstanceRefreshesResponse>");
    }

    /**
     * The group's active refresh runs to its end: every instance whose launch template version tag differs from
     * the group's (numeric) version is terminated and the group scaled back to its desired capacity, which moto
     * fills from the template's default version.
     */
    synchronized void complete(String group) {
        List<Refresh> ofGroup = refreshes.getOrDefault(group, List.of());
        if (ofGroup.isEmpty() || !ofGroup.get(0).status().equals("InProgress")) {
            throw new IllegalStateException("No refresh in progress on " + group);
        }
        AutoScalingGroup now = autoScaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames(group))
                .autoScalingGroups().get(0);
        String version = now.launchTemplate().version();
        List<String> ids = now.instances().stream().map(i -> i.instanceId()).toList();
        List<String> unlike = ec2.describeInstances(r -> r.instanceIds(ids)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream())
                .filter(instance -> instance.tags().stream().noneMatch(tag -> tag.key()
                        .equals("aws:ec2launchtemplate:version") && tag.value().equals(version)))
                .map(instance -> instance.instanceId()).toList();
        for (String old : unlike) {
            autoScaling.terminateInstanceInAutoScalingGroup(r -> r.instanceId(old)
                    .shouldDecrementDesiredCapacity(true));
        }
        autoScaling.setDesiredCapacity(r -> r.autoScalingGroupName(group).desiredCapacity(now.desiredCapacity()));
        Refresh active = ofGroup.get(0);
        ofGroup.set(0, new Refresh(active.id(), group, "Successful", 100));
    }

    private static LocalAwsPeer.Reply error(String code, String message) {
        return LocalAwsPeer.Reply.queryError(400, NAMESPACE, code, message);
    }

    private static String metadata() {
        return "<ResponseMetadata><RequestId>req-refresh</RequestId></ResponseMetadata>";
    }
}
