package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.AwsOptions;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.FakeConnection;
import safetyconsole.cloud.FakeConnector;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.snapshot.SnapshotFixture;
import safetyconsole.json.Json;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.OneAccountContexts;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;

class CheckCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** What the AWS context is made of: the fake connector's answer to the resolved request. */
    private FakeConnector connector = FakeConnector.succeeding();
    private final List<AwsOptions> awsRequests = new ArrayList<>();
    private final List<FakeConnection> connections = new ArrayList<>();
    private final Clock clock = TestClocks.fixed();
    /** What opening the demo throws instead, when set: an error nobody planned for. */
    private Throwable openingFailure;

    @Test
    void demoAccountHasFindingsAndSaysWhichInText() {
        int code = run();

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains("[PRODUCTION] shop-prod (us-east-1)",
                "rails-app1: pending; missing shop-prod-metrics-scrape",
                "Log rotation of Shop: conflict",
                "config/environments/production.rb:17 Ruby's Logger renames the file at the end of each day",
                "Missing: shop-prod: rails-app7 is gone",
                "rails-app7: TerminateInstances at",
                "by OpsWorks for arn:aws:iam::123456789012:user/alice (DeleteInstance)",
                "finding");
        assertThat(out()).doesNotContain("rails-app6:");
    }

    @Test
    void theDemosMigratedStacksAreCheckedTooEachWithItsStory() {
        int code = run();

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains(
                "[PRODUCTION] shop-prod-rails-app-3f2a9c (us-east-1) \u2014 CloudFormation stack, from OpsWorks stack"
                        + " shop-prod, layer rails-app (Application Manager app-shop-prod-3f2a9c)",
                ": missing shop-prod-metrics-scrape \u2014 Lacks ",
                ": lag \u2014 Launched from version 2",
                "(tag protected_instance)",
                "Fix: start an instance refresh with SkipMatching",
                "[PRODUCTION] shop-prod-sidekiq-3f2a9c (us-east-1)",
                "version 2 adds sg-",
                "[STAGING] shop-staging-rails-app-7b1e02 (us-east-1) \u2014 CloudFormation stack, from OpsWorks stack"
                        + " shop-staging, layer rails-app",
                "An instance refresh is in progress (40% complete",
                "nightly-batch (us-east-1) \u2014 Auto Scaling group on its own");
    }

    @Test
    void theDemosMigratedStacksAreInTheJson() {
        run("--format", "json");

        JsonNode migrated = parse().path("migratedStacks");
        assertThat(migrated.get(0).path("name").asText()).isEqualTo("shop-prod-rails-app-3f2a9c");
        assertThat(migrated.get(0).path("migratedFrom").path("stack").asText()).isEqualTo("shop-prod");
        JsonNode instances = migrated.get(0).path("groups").get(0).path("instances");
        assertThat(instances).anySatisfy(instance -> {
            assertThat(instance.path("status").asText()).isEqualTo("MISSING");
            assertThat(instance.path("missing").get(0).path("name").asText()).isEqualTo("shop-prod-metrics-scrape");
        });
    }

    @Test
    void theMigratedShopProdRotatesShopsLogTwiceAndStagingNowhere() {
        run("--stack", "shop-prod-rails-app-3f2a9c", "--stack", "shop-staging-rails-app-7b1e02");

        assertThat(out()).contains("Log rotation of Shop: DOUBLE \u2014 Shop rotates"
                        + " /srv/www/shop/shared/log/production.log twice",
                "Outside the app: user data of launch template shop-prod-rails-app-LaunchTemplate-3f2a9c version 3,"
                        + " here-document at line 5, /etc/logrotate.d/shop line 1: /srv/www/shop/shared/log/*.log",
                "In Ruby: config/environments/production.rb:17",
                "Log rotation of Shop: NONE \u2014 Nothing rotates Shop's /srv/www/shop/shared/log/staging.log",
                "Workers: config/puma.rb line 8: workers 2",
                "cat > /etc/logrotate.d/shop <<'EOF'");
    }

    @Test
    void theMigratedStacksLogRotationIsInTheJson() {
        run("--format", "json", "--stack", "shop-prod-rails-app-3f2a9c", "--stack", "shop-staging-rails-app-7b1e02");

        JsonNode migrated = parse().path("migratedStacks");
        JsonNode prodShop = migrated.get(0).path("logRotation").path("apps").get(0);
        assertThat(prodShop.path("app").asText()).isEqualTo("Shop");
        assertThat(prodShop.path("verdict").asText()).isEqualTo("DOUBLE");
        assertThat(prodShop.path("osRotators").get(0).path("kind").asText()).isEqualTo("USER_DATA");
        assertThat(prodShop.path("railsRotations").get(0).path("kind").asText()).isEqualTo("BY_PERIOD");
        assertThat(prodShop.path("recommendedFix").asText()).contains("# replace:");
        JsonNode stagingShop = migrated.get(1).path("logRotation").path("apps").get(0);
        assertThat(stagingShop.path("verdict").asText()).isEqualTo("NONE");
        assertThat(stagingShop.path("workers").get(0).path("count").asInt()).isEqualTo(2);
        assertThat(migrated.get(1).path("logRotation").path("read")).extracting(JsonNode::asText)
                .anySatisfy(read -> assertThat(read).contains("user data of launch template"));
    }

    @Test
    void theHeaderAndJsonSayWhichRegionsWereRead() {
        run();
        assertThat(out()).contains("Migrated stacks read in us-east-1.\n");

        out.reset();
        run("--format", "json", "--regions", "us-east-1,eu-west-1,us-east-1");
        assertThat(parse().path("regionsRead")).extracting(JsonNode::asText).containsExactly("us-east-1", "eu-west-1");
        assertThat(parse().path("format").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheChosenRegionsMigratedStacksAreChecked() {
        run("--regions", "eu-west-1");

        assertThat(out()).contains("Migrated stacks read in eu-west-1.", "[PRODUCTION] shop-prod (us-east-1)")
                .doesNotContain("nightly-batch");
    }

    @Test
    void aRegionThatIsNoRegionIsAnErrorWithUsage() {
        int code = run("--regions", "us-east-1,ireland");

        assertThat(code).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("--regions takes region names separated by commas, such as us-east-1,eu-west-1;"
                + " \"ireland\" is not one.", "Usage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void aCleanStackExitsZero() {
        int code = run("--stack", "ops-tools");

        assertThat(code).isEqualTo(CheckCommand.CLEAN);
        assertThat(out()).contains("account 123456789012 (acme-shop) as ", "[UNCLASSIFIED] ops-tools", "No findings.");
    }

    @Test
    void jsonIsParseableAndCountsFindings() {
        int code = run("--format", "json", "--stack", "shop-prod", "--stack", "ops-tools");

        JsonNode root = parse();
        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(root.path("format").asInt()).isEqualTo(1);
        assertThat(root.path("accountId").asText()).isEqualTo("123456789012");
        assertThat(root.path("accountAlias").asText()).isEqualTo("acme-shop");
        assertThat(root.path("stacks")).extracting(s -> s.path("name").asText())
                .containsExactly("ops-tools", "shop-prod");
        JsonNode prod = root.path("stacks").get(1);
        assertThat(prod.path("environment").asText()).isEqualTo("PRODUCTION");
        assertThat(prod.path("securityGroups").path("instances")).anySatisfy(i -> {
            assertThat(i.path("hostname").asText()).isEqualTo("rails-app1");
            assertThat(i.path("status").asText()).isEqualTo("PENDING");
            assertThat(i.path("finding").asBoolean()).isTrue();
            assertThat(i.path("missing").get(0).path("name").asText()).isEqualTo("shop-prod-metrics-scrape");
        });
        JsonNode gone = prod.path("missingInstances").get(0);
        assertThat(gone.path("hostname").asText()).isEqualTo("rails-app7");
        assertThat(gone.path("attribution")).anySatisfy(e -> {
            assertThat(e.path("event").asText()).isEqualTo("TerminateInstances");
            assertThat(e.path("kind").asText()).isEqualTo("OPSWORKS_FOR_A_CALLER");
            assertThat(e.path("candidates").get(0).path("principalArn").asText()).endsWith("user/alice");
        });
        assertThat(prod.path("logRotation")).extracting(a -> a.path("app").asText() + " " + a.path("status").asText())
                .containsExactly("Shop CONFLICT", "Admin CLEAN");
        int perStack = prod.path("findings").asInt() + root.path("stacks").get(0).path("findings").asInt();
        assertThat(root.path("findings").asInt()).isEqualTo(perStack).isPositive();
    }

    @Test
    void unknownStackIsAnErrorNamingIt() {
        int code = run("--stack", "shop-prd");

        assertThat(code).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("No stack named shop-prd");
        assertThat(out()).isEmpty();
    }

    @Test
    void badArgumentsAreErrorsWithUsage() {
        assertThat(run("--format", "xml")).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("text or json", "Usage:");
        assertThat(run("--stack")).isEqualTo(CheckCommand.ERROR);
        assertThat(run("--bogus")).isEqualTo(CheckCommand.ERROR);
    }

    @Test
    void awsOptionsAreParsedAndTheConnectionIsClosedAfterTheCheck() {
        int code = run("--profile", "ops", "--region", "eu-central-1", "--endpoint-url", "http://127.0.0.1:5000");

        assertThat(code).isEqualTo(CheckCommand.CLEAN);
        assertThat(awsRequests).containsExactly(new AwsOptions(Optional.of("ops"), Optional.of("eu-central-1"),
                Optional.of(URI.create("http://127.0.0.1:5000"))));
        assertThat(connector.requests).extracting(r -> r.profile().orElseThrow() + " " + r.region())
                .containsExactly("ops eu-central-1");
        assertThat(connections).singleElement().satisfies(c -> assertThat(c.closed()).isTrue());
        assertThat(out()).contains("No findings.");
    }

    @Test
    void withoutRegionTheProfilesRegionIsUsedAndWithoutEitherItIsAnError() {
        assertThat(run("--profile", "ops")).isEqualTo(CheckCommand.CLEAN);
        assertThat(connector.requests).extracting(r -> r.region()).containsExactly("eu-west-1");

        assertThat(run("--profile", "legacy")).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("--region is needed: profile legacy names no region.");
    }

    @Test
    void awsOptionsConflictWithOtherAccountsAndBadEndpointsAreRefused() {
        assertThat(run("--snapshot", "snap", "--profile", "ops")).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("--snapshot cannot be combined with --profile, --region or --endpoint-url: pick one"
                + " account.", "Usage:");
        err.reset();
        assertThat(run("--region", "us-east-1", "--demo")).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("--demo cannot be combined");
        err.reset();
        assertThat(run("--endpoint-url", "http://opsworks.example.com")).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("--endpoint-url must be https, or http to this machine only");
        assertThat(awsRequests).isEmpty();
    }

    @Test
    void anAwsFailureSaysItsSentenceAndExitsTwo() {
        connector = FakeConnector.failing(new CloudException(CloudException.Kind.EXPIRED_CREDENTIALS,
                "ExpiredToken: the security token included in the request is expired"));

        int code = run("--profile", "ops");

        assertThat(code).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).isEqualTo("The check could not connect to AWS. Your AWS credentials have expired; sign in"
                + " again, then run the check again." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void aSnapshotIsCheckedToo() throws Exception {
        Path snapshot = Path.of(getClass().getResource("/safetyconsole/snapshot/basic").toURI());

        int code = run("--snapshot", snapshot.toString());

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains("[PRODUCTION] billing-prod (eu-west-1)",
                "rails-app1: pending; missing billing-metrics", "Log rotation of Billing: not checked");
    }

    @Test
    void aSnapshotOfAnAccountAfterOpsWorksReportsItsMigratedStacks() throws Exception {
        Path snapshot = Path.of(getClass().getResource("/safetyconsole/snapshot/migrated").toURI());

        int code = run("--snapshot", snapshot.toString());

        assertThat(code).as(err()).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains("Information: OpsWorks Stacks is not available in this account",
                "shop-prod-rails-app-3f2a9c (eu-west-1) \u2014 CloudFormation stack, from OpsWorks stack shop-prod",
                "i-0ccc000000000101: missing shop-prod-metrics-scrape \u2014 Lacks sg-0aaa000000000102",
                "nightly-batch (eu-west-1) \u2014 Auto Scaling group on its own");
    }

    @Test
    void anInstanceGoneSinceTheLastCheckOfASnapshotIsTracedToWhoDeletedIt() throws Exception {
        Path snapshot = SnapshotFixture.copyInto(dir);
        Path instances = snapshot.resolve("stacks/2f1c5e0a-1b2c-4d5e-8f90-123456789abc/instances.json");
        String now = Files.readString(instances);
        Files.writeString(instances, now.replaceFirst("\\[",
                "[{\"InstanceId\": \"22222222-aaaa-4bbb-8ccc-000000000004\","
                        + " \"Ec2InstanceId\": \"i-0bbb000000000004\", \"Hostname\": \"rails-app4\","
                        + " \"LayerIds\": [\"11111111-aaaa-4bbb-8ccc-000000000001\"], \"Status\": \"stopped\","
                        + " \"RootDeviceType\": \"ebs\"},"));
        run("--snapshot", snapshot.toString());
        assertThat(out()).doesNotContain("Missing:");
        Files.writeString(instances, now);
        out.reset();

        int code = run("--snapshot", snapshot.toString(), "--format", "json");

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        JsonNode gone = parse().path("stacks").get(0).path("missingInstances").get(0);
        assertThat(gone.path("hostname").asText()).isEqualTo("rails-app4");
        JsonNode terminate = gone.path("attribution").get(1);
        assertThat(terminate.path("event").asText()).isEqualTo("TerminateInstances");
        assertThat(terminate.path("kind").asText()).isEqualTo("OPSWORKS_FOR_A_CALLER");
        assertThat(terminate.path("candidates").get(0).path("call").asText()).isEqualTo("DeleteInstance");
        assertThat(terminate.path("candidates").get(0).path("principalArn").asText())
                .isEqualTo("arn:aws:iam::210987654321:user/bob");
    }

    @Test
    void aBrokenSnapshotIsAnErrorNamingTheFile() {
        assertThat(run("--snapshot", dir.resolve("empty").toString())).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).contains("is not a folder");
    }

    @Test
    void anUnexpectedErrorOpeningTheAccountExitsTwoWithOneSentence() {
        openingFailure = new NullPointerException("Cannot invoke \"String.length()\" because \"name\" is null");

        int code = run();

        assertThat(code).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).isEqualTo("The check stopped on an unexpected error (NullPointerException); the details"
                + " are in the log file, or run it again with --verbose to see them here." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void runningOutOfMemoryExitsTwoNotTheJvmsOne() {
        openingFailure = new OutOfMemoryError("Java heap space");

        int code = run("--verbose");

        assertThat(code).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).startsWith("The check stopped on an unexpected error (OutOfMemoryError);")
                .hasLineCount(1);
    }

    @Test
    void anUnexpectedErrorWhileCheckingExitsTwoAndPrintsNoHalfReport() {
        CloudAccount demo = DemoAccount.seeded(clock);
        CloudAccount broken = (CloudAccount) Proxy.newProxyInstance(CloudAccount.class.getClassLoader(),
                new Class<?>[] {CloudAccount.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("callerIdentity")) {
                        throw new IndexOutOfBoundsException("Index 3 out of bounds for length 3");
                    }
                    try {
                        return method.invoke(demo, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        int code = CheckCommand.run(new String[0], new OneAccountContexts(() -> TestApps.of(broken, null, dir, clock)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).startsWith("The check stopped on an unexpected error (IndexOutOfBoundsException);")
                .hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    private int run(String... args) {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
        return CheckCommand.run(args, new CheckCommand.Contexts() {
            @Override
            public AppContext demo(Optional<Path> settings) {
                if (openingFailure != null) {
                    throw sneaky(openingFailure);
                }
                return AppContext.demo(settings, Duration.ZERO, dirs, clock);
            }

            @Override
            public AppContext snapshot(Path folder, Optional<Path> settings) {
                return AppContext.snapshot(folder, settings, dirs, clock);
            }

            @Override
            public AppContext aws(AwsOptions options, Optional<Path> settings) {
                awsRequests.add(options);
                FakeConnection connection = (FakeConnection) connector.connect(options.request(connector),
                        safetyconsole.cloud.MfaPrompt.NONE);
                connections.add(connection);
                return AppContext.aws(connection, settings, dirs, clock);
            }
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Throws any Throwable from a method that declares none: the way a bug reaches the check. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable failure) throws T {
        throw (T) failure;
    }

    private JsonNode parse() {
        try {
            return Json.mapper().readTree(out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out(), e);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
