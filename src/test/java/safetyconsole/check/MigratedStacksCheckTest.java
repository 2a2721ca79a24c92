package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.json.Json;
import safetyconsole.testing.MigratedAccount;
import safetyconsole.testing.OneAccountContexts;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;

/** {@code check} on an account whose stacks were migrated off OpsWorks: what it says, in text and JSON. */
class MigratedStacksCheckTest {

    private static final String PROD = "shop-prod-rails-app-3f2a9c";
    private static final String STAGING = "shop-staging-rails-app-7b1e02";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * shop-prod: version 2 of its template added sg-mon; i-old (version 1) lacks it, i-fixed has it by hand (LAG),
     * i-extra has a group added by hand (HOTFIX). shop-staging: a refresh in progress, its one instance in sync; its
     * group carries its stack's name, as CloudFormation tags it on AWS.
     */
    private final MigratedAccount account = new MigratedAccount();

    MigratedStacksCheckTest() {
        account.template("lt-prod", "shop-prod-rails-app-LaunchTemplate-3f2a9c",
                List.of(List.of("sg-web"), List.of("sg-web", "sg-mon")));
        account.cloudFormationStack(PROD, Map.of());
        account.group("prod-asg", "lt-prod", "$Latest", Map.of()).holds(PROD, "prod-asg")
                .instance("prod-asg", "i-old", 1, "sg-web")
                .instance("prod-asg", "i-fixed", 1, "sg-web", "sg-mon")
                .instance("prod-asg", "i-extra", 2, "sg-web", "sg-mon", "sg-debug")
                .instance("prod-asg", "i-new", 2, "sg-web", "sg-mon");
        account.application("app-shop-prod-3f2a9c");
        account.template("lt-staging", "shop-staging-rails-app-LaunchTemplate-7b1e02", List.of(List.of("sg-web")));
        account.cloudFormationStack(STAGING, Map.of());
        account.group("staging-asg", "lt-staging", "1", Map.of(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG, STAGING))
                .holds(STAGING, "staging-asg")
                .instance("staging-asg", "i-staging", 1, "sg-web")
                .refresh(new InstanceRefresh("r-1", "staging-asg", InstanceRefreshStatus.IN_PROGRESS,
                        OptionalInt.of(40), Optional.of(TestClocks.NOW), Optional.empty()));
    }

    @Test
    void theTextNamesEachMigratedStackItsOriginAndTheInstancesToLookAt() {
        int code = run();

        assertThat(code).as(err()).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains(
                "[PRODUCTION] " + PROD + " (us-east-1) \u2014 CloudFormation stack, from OpsWorks stack shop-prod,"
                        + " layer rails-app (Application Manager app-shop-prod-3f2a9c)",
                "CloudFormation status: CREATE_COMPLETE",
                "Auto Scaling group prod-asg: launch template shop-prod-rails-app-LaunchTemplate-3f2a9c version 2",
                "Instances: 1 missing, 1 hot-fix, 1 lag, 1 in sync",
                "i-old: missing shop-mon \u2014 Lacks sg-mon",
                "i-extra: hot-fix shop-debug \u2014 Has sg-debug",
                "i-fixed: lag \u2014 Launched from version 1",
                "Fix: start an instance refresh with SkipMatching",
                "[STAGING] " + STAGING + " (us-east-1)",
                "An instance refresh is in progress (40% complete",
                // MISSING and HOTFIX count; LAG is context, the refresh in progress is not a finding.
                "2 findings to look at.");
        assertThat(out()).doesNotContain("i-new:", "i-staging:");
    }

    @Test
    void aCleanMigratedStackExitsZero() {
        int code = run("--stack", STAGING);

        assertThat(code).as(out()).isEqualTo(CheckCommand.CLEAN);
        assertThat(out()).contains("No findings.").doesNotContain(PROD);
    }

    @Test
    void theJsonKeepsFormatOneAndAddsTheMigratedStacks() throws Exception {
        run("--format", "json");

        JsonNode report = Json.mapper().readTree(out());
        assertThat(report.path("format").asInt()).isEqualTo(1);
        assertThat(report.path("findings").asInt()).isEqualTo(2);
        assertThat(report.path("stacks")).isEmpty();
        assertThat(report.path("unreadServices")).isEmpty();
        JsonNode prod = report.path("migratedStacks").get(0);
        assertThat(prod.path("name").asText()).isEqualTo(PROD);
        assertThat(prod.path("kind").asText()).isEqualTo("CLOUDFORMATION");
        assertThat(prod.path("environment").asText()).isEqualTo("PRODUCTION");
        assertThat(prod.path("migratedFrom").path("stack").asText()).isEqualTo("shop-prod");
        assertThat(prod.path("migratedFrom").path("layer").asText()).isEqualTo("rails-app");
        assertThat(prod.path("migratedFrom").path("stackIdPrefix").asText()).isEqualTo("3f2a9c");
        assertThat(prod.path("cloudFormationStatus").asText()).isEqualTo("CREATE_COMPLETE");
        JsonNode group = prod.path("groups").get(0);
        assertThat(group.path("name").asText()).isEqualTo("prod-asg");
        assertThat(group.path("versionsInUse").get(0).path("version").asLong()).isEqualTo(2);
        assertThat(group.path("inSync").asInt()).isEqualTo(1);
        assertThat(group.path("suggestedFix").asText()).isEqualTo("START_INSTANCE_REFRESH");
        JsonNode old = group.path("instances").get(0);
        assertThat(old.path("instanceId").asText()).isEqualTo("i-old");
        assertThat(old.path("status").asText()).isEqualTo("MISSING");
        assertThat(old.path("finding").asBoolean()).isTrue();
        assertThat(old.path("missing").get(0).path("id").asText()).isEqualTo("sg-mon");
        assertThat(old.path("missing").get(0).path("name").asText()).isEqualTo("shop-mon");
        assertThat(old.path("launchedFrom").path("version").asText()).isEqualTo("1");
        JsonNode staging = report.path("migratedStacks").get(1);
        assertThat(staging.path("groups").get(0).path("latestRefresh").path("percentageComplete").asInt())
                .isEqualTo(40);
        assertThat(staging.path("findings").asInt()).isZero();
    }

    @Test
    void aGroupNoInstanceHasIsNamedAsItsVpcNamesItOrByIdWhenThatCannotBeRead() {
        account.template("lt-prod", "shop-prod-rails-app-LaunchTemplate-3f2a9c", List.of(List.of("sg-web"),
                List.of("sg-web", "sg-mon"), List.of("sg-web", "sg-mon", "sg-audit")));
        account.securityGroup("sg-audit", "shop-prod-audit");

        run();
        assertThat(out()).contains("i-new: missing shop-prod-audit \u2014 Lacks sg-audit");

        out.reset();
        account.failing("describeSecurityGroups vpc-1", new CloudException(CloudException.Kind.THROTTLED, "slow"));
        run();
        assertThat(out()).contains("i-new: missing sg-audit \u2014 Lacks sg-audit");
    }

    @Test
    void autoScalingUnreadableIsAFindingNotAFailedCheck() throws Exception {
        account.failing("describeAutoScalingGroups", new CloudException(CloudException.Kind.THROTTLED, "slow"));

        int code = run();

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains("\nAuto Scaling could not be read, so migrated stacks are NOT CHECKED:"
                + " AWS is throttling requests right now; wait a moment, then run the check again.", "1 finding");
        out.reset();
        run("--format", "json");
        JsonNode unread = Json.mapper().readTree(out()).path("unreadServices").get(0);
        assertThat(unread.path("service").asText()).isEqualTo("AUTO_SCALING");
        assertThat(unread.path("errorKind").asText()).isEqualTo("THROTTLED");
        assertThat(unread.path("finding").asBoolean()).isTrue();
    }

    @Test
    void aStackThatCannotBeReadIsNotCheckedAndTheOthersAreChecked() {
        account.failing("describeStackResources " + STAGING, CloudException.accessDenied(
                "cloudformation:DescribeStackResources", "denied", null));

        int code = run();

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains("NOT CHECKED: the stack could not be read. AWS refused"
                + " cloudformation:DescribeStackResources", "i-old: missing shop-mon", "3 findings");
    }

    private int run(String... args) {
        return CheckCommand.run(args, new OneAccountContexts(() -> TestApps.of(account, null, dir, TestClocks.fixed())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
