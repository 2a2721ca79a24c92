package safetyconsole.cloud.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import safetyconsole.ThreadPools;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.json.Json;
import safetyconsole.testing.TestClocks;

/**
 * The snapshot fixture's account, live: its EC2 side created in moto (VPCs, groups, instances), its OpsWorks side
 * and CloudTrail history served by a {@link LocalAwsPeer} from the same fixture files, with every fixture id
 * replaced by the id moto gave. The AWS adapter under test talks to both over real HTTP.
 */
final class AwsTestWorld implements AutoCloseable {

    static final String STACK_REGION = "eu-west-1";
    private static final String FIXTURE = "/safetyconsole/snapshot/basic";

    final LocalAwsPeer peer = new LocalAwsPeer();
    final URI moto;
    final Map<String, String> ids = new LinkedHashMap<>();
    private final Ec2Client ec2;
    private final List<AwsAccount> accounts = new ArrayList<>();

    private AwsTestWorld(URI moto) {
        this.moto = moto;
        this.ec2 = Ec2Client.builder().region(Region.of(STACK_REGION)).endpointOverride(moto)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
    }

    /** Needs moto (skipped without it, see {@link Moto}); {@code pageSize} is CloudTrail's events per page. */
    static AwsTestWorld start(int pageSize) {
        AwsTestWorld world = new AwsTestWorld(Moto.freshEndpoint());
        world.seedEc2();
        world.serveOpsWorksAndTrail(pageSize);
        return world;
    }

    Ec2Client ec2() {
        return ec2;
    }

    String id(String fixtureId) {
        return ids.getOrDefault(fixtureId, fixtureId);
    }

    /** The adapter as the console builds it, with the fixture's endpoints and short limits; closed with the world. */
    AwsAccount account(AwsProfiles profiles, String profile, MfaPrompt mfa, RequestPacer pacer) {
        return account(profiles, profile, mfa, pacer, moto);
    }

    /** The same with IAM (the account alias) answered at {@code iam}. */
    AwsAccount account(AwsProfiles profiles, String profile, MfaPrompt mfa, RequestPacer pacer, URI iam) {
        AwsTarget target = new AwsTarget(Optional.of(profile), "us-east-1", Map.of(), FAST)
                .withEndpoint(AwsService.OPSWORKS, peer.endpoint()).withEndpoint(AwsService.CLOUDTRAIL, peer.endpoint())
                .withEndpoint(AwsService.EC2, moto).withEndpoint(AwsService.STS, moto)
                .withEndpoint(AwsService.IAM, iam);
        AwsAccount account = new AwsAccount(target, profiles, mfa, TestClocks.fixed(), () -> pacer,
                sideReads());
        accounts.add(account);
        return account;
    }

    /** Gives moto's account an IAM alias, as {@code aws iam create-account-alias} would. */
    void createAccountAlias(String alias) {
        try (IamClient iam = IamClient.builder().region(Region.AWS_GLOBAL).endpointOverride(moto)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build()) {
            iam.createAccountAlias(r -> r.accountAlias(alias));
        }
    }

    /** The pool an account's small reads run on; the account shuts it down when closed. */
    static ExecutorService sideReads() {
        return ThreadPools.fixed("test-side-read", 2);
    }

    static final AwsTarget.Limits FAST = new AwsTarget.Limits(Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofSeconds(10), Duration.ofSeconds(30), 2);

    private void seedEc2() {
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String otherVpc = ec2.createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
        ids.put("vpc-0f1e2d3c", vpc);
        ids.put("vpc-99999999", otherVpc);
        String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.0.0/24").availabilityZone("eu-west-1a"))
                .subnet().subnetId();
        group("sg-0aaa000000000001", "billing-app", "App", vpc);
        group("sg-0aaa000000000002", "billing-metrics", "Metrics", vpc);
        group("sg-0ccc000000000001", "AWS-OpsWorks-Rails-App-Server", "OpsWorks", vpc);
        group("sg-0ccc000000000002", "AWS-OpsWorks-Default-Server", "OpsWorks", vpc);
        group("sg-0eee000000000001", "other-vpc", "Elsewhere", otherVpc);
        String image = ec2.describeImages(r -> { }).images().get(0).imageId();
        instance("i-0bbb000000000001", image, subnet,
                List.of("sg-0aaa000000000001", "sg-0ccc000000000001", "sg-0ccc000000000002"));
        instance("i-0bbb000000000002", image, subnet,
                List.of("sg-0aaa000000000001", "sg-0aaa000000000002", "sg-0ccc000000000001", "sg-0ccc000000000002"));
    }

    private void group(String fixtureId, String name, String description, String vpc) {
        ids.put(fixtureId,
                ec2.createSecurityGroup(r -> r.groupName(name).description(description).vpcId(vpc)).groupId());
    }

    private void instance(String fixtureId, String image, String subnet, List<String> fixtureGroups) {
        ids.put(fixtureId, ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1).instanceType("m5.large")
                .subnetId(subnet).securityGroupIds(fixtureGroups.stream().map(this::id).toList()))
                .instances().get(0).instanceId());
    }

    private void serveOpsWorksAndTrail(int pageSize) {
        JsonNode stacks = fixture("stacks.json");
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        Map<String, JsonNode> layers = new LinkedHashMap<>();
        Map<String, JsonNode> instances = new LinkedHashMap<>();
        Map<String, JsonNode> apps = new LinkedHashMap<>();
        for (JsonNode stack : stacks.get("Stacks")) {
            String id = stack.get("StackId").asText();
            String dir = "stacks/" + id + "/";
            tags.put(id, fixture(dir + "tags.json").get("Tags"));
            layers.put(id, fixture(dir + "layers.json"));
            instances.put(id, fixture(dir + "instances.json"));
            apps.put(id, fixture(dir + "apps.json"));
        }
        new LocalOpsWorks(stacks, tags, layers, instances, apps).serveOn(peer);
        new LocalCloudTrail(List.of(fixture("cloudtrail/ec2-eu-west-1.json"),
                fixture("cloudtrail/opsworks-us-east-1.json")), pageSize).serveOn(peer);
    }

    /** A fixture file with moto's ids in place of the fixture's. */
    private JsonNode fixture(String relative) {
        try {
            Path file = Path.of(AwsTestWorld.class.getResource(FIXTURE + "/" + relative).toURI());
            String text = Files.readString(file);
            for (Map.Entry<String, String> id : ids.entrySet()) {
                text = text.replace(id.getKey(), id.getValue());
            }
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        accounts.forEach(AwsAccount::close);
        ec2.close();
        peer.close();
    }
}
