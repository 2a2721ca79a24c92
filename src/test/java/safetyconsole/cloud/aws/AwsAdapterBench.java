package safetyconsole.cloud.aws;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.json.Json;
import safetyconsole.testing.TestClocks;

/**
 * The adapter's own cost over loopback HTTP (signing, the SDK's JSON, mapping to records): DescribeInstances of a
 * 5,000-instance stack, and a CloudTrail lookup of 2,000 events in 40 pages with pacing off (AWS's 2 requests per
 * second would make those 40 pages take 20 s whatever the adapter does). No moto: OpsWorks and CloudTrail only.
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 *      -Dexec.mainClass=safetyconsole.cloud.aws.AwsAdapterBench
 */
public final class AwsAdapterBench {

    private static final int INSTANCES = 5_000;
    private static final int EVENTS = 2_000;
    private static final int PAGE = 50;

    private AwsAdapterBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("aws-bench");
        try (LocalAwsPeer peer = new LocalAwsPeer()) {
            ObjectNode stack = instances("stack-1");
            peer.onBody("DescribeInstances", body -> LocalAwsPeer.Reply.ok(stack));
            new LocalCloudTrail(List.of(events()), PAGE).serveOn(peer);
            AwsTarget target = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), AwsTarget.Limits.DEFAULT)
                    .withEndpoint(AwsService.OPSWORKS, peer.endpoint())
                    .withEndpoint(AwsService.CLOUDTRAIL, peer.endpoint());
            try (AwsAccount account = new AwsAccount(target,
                    TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS), MfaPrompt.NONE,
                    TestClocks.fixed(), () -> RequestPacer.perSecond(1_000_000), AwsTestWorld.sideReads())) {
                peer.onBody("DescribeStacks", body -> LocalAwsPeer.Reply.ok(Json.mapper().createObjectNode()
                        .set("Stacks", Json.mapper().createArrayNode())));
                measure("DescribeStacks, empty (the round trip alone)", 50, () -> 1 + account.describeStacks().size());
                measure("DescribeInstances, " + INSTANCES + " instances", 20,
                        () -> account.describeInstances("stack-1").size());
                TrailQuery query = new TrailQuery("us-east-1", TrailQuery.Attribute.EVENT_SOURCE,
                        "opsworks.amazonaws.com", Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2027-01-01T00:00:00Z"));
                measure("LookupEvents, " + EVENTS + " events in " + EVENTS / PAGE + " pages", 10,
                        () -> account.lookupTrailEvents(query).size());
            }
        }
    }

    private static void measure(String what, int rounds, Supplier<Integer> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        int items = 0;
        for (int i = 0; i < rounds; i++) {
            items = call.get();
        }
        double millis = (System.nanoTime() - start) / 1e6 / rounds;
        double allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / (double) rounds;
        System.out.printf(Locale.ROOT, "%s: %.1f ms per call (%.1f µs per item), %.1f MB allocated per call"
                + " on the calling thread (%d items)%n", what, millis, millis * 1000 / items, allocated / 1e6, items);
    }

    private static ObjectNode instances(String stackId) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (int i = 0; i < INSTANCES; i++) {
            ObjectNode instance = list.addObject();
            instance.put("InstanceId", String.format(Locale.ROOT, "22222222-aaaa-4bbb-8ccc-%012d", i));
            instance.put("Ec2InstanceId", String.format(Locale.ROOT, "i-%017x", i));
            instance.put("Hostname", "app" + i);
            instance.put("StackId", stackId);
            instance.putArray("LayerIds").add("11111111-aaaa-4bbb-8ccc-000000000001");
            instance.put("Status", "online");
            instance.put("RootDeviceType", "ebs");
            instance.put("InstanceType", "m5.large");
            instance.put("AvailabilityZone", "eu-west-1a");
            instance.put("PrivateIp", "10.1." + i / 250 + "." + i % 250);
            instance.putArray("SecurityGroupIds").add("sg-0aaa000000000001").add("sg-0ccc000000000001");
            instance.put("CreatedAt", "2021-06-01T09:00:00+00:00");
        }
        ObjectNode reply = Json.mapper().createObjectNode();
        reply.set("Instances", list);
        return reply;
    }

    private static ObjectNode events() {
        ArrayNode list = Json.mapper().createArrayNode();
        Instant first = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < EVENTS; i++) {
            ObjectNode record = Json.mapper().createObjectNode();
            record.put("eventVersion", "1.09").put("eventTime", first.plusSeconds(60L * i).toString())
                    .put("eventSource", "opsworks.amazonaws.com").put("eventName", "StopInstance")
                    .put("awsRegion", "us-east-1").put("sourceIPAddress", "203.0.113.7");
            record.putObject("userIdentity").put("type", "IAMUser").put("userName", "alice")
                    .put("arn", "arn:aws:iam::210987654321:user/alice");
            record.putObject("requestParameters").put("instanceId",
                    String.format(Locale.ROOT, "22222222-aaaa-4bbb-8ccc-%012d", i));
            ObjectNode event = list.addObject();
            event.put("EventId", "evt-" + i).put("EventName", "StopInstance").put("ReadOnly", "false")
                    .put("EventTime", first.plusSeconds(60L * i).toString())
                    .put("EventSource", "opsworks.amazonaws.com")
                    .put("Username", "alice").put("CloudTrailEvent", record.toString());
            event.putArray("Resources");
        }
        ObjectNode output = Json.mapper().createObjectNode();
        output.set("Events", list);
        return output;
    }
}
