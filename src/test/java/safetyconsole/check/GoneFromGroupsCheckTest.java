package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.json.Json;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.OneAccountContexts;
import safetyconsole.testing.TestClocks;

/**
 * Issue 17's done-when: {@code check --demo} names bob for the two instances gone from shop-prod-rails-app and
 * carol for the replaced shop-prod-sidekiq instances, as replacements. Played again on a later date by .ci/run.
 */
class GoneFromGroupsCheckTest {

    private static final String BOB = "bob (arn:aws:iam::123456789012:user/bob)";
    private static final String CAROL = "carol (arn:aws:iam::123456789012:user/carol)";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Clock clock = TestClocks.fixed();

    @Test
    void theTextNamesBobForTheLossesAndCarolForTheReplacements() {
        int code = run("--stack", "shop-prod-rails-app-3f2a9c", "--stack", "shop-prod-sidekiq-3f2a9c");

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("rails-app group of shop-prod had 4, now 4.",
                ": lost \u2014 " + BOB + ", SetDesiredCapacity",
                "Auto Scaling call: SetDesiredCapacity at ",
                "from 198.51.100.23, MFA",
                "0 s before; matched autoScalingGroupName = shop-prod-rails-app-3f2a9c-ApplicationAsg-",
                "a user request explicitly set group desired capacity changing the desired capacity from 4 to 2",
                "EC2 TerminateInstances at ",
                "sidekiq group of shop-prod had 2, now 2.",
                ": replaced as planned \u2014 " + CAROL + ", UpdateStack",
                "Auto Scaling call: TerminateInstanceInAutoScalingGroup at ",
                " through CloudFormation, from cloudformation.amazonaws.com",
                "Stack operation: UpdateStack at ");
        assertThat(text.split(Pattern.quote(": lost \u2014 " + BOB), -1)).hasSize(3);
        assertThat(text.split(Pattern.quote(": replaced as planned \u2014 " + CAROL), -1)).hasSize(3);
    }

    @Test
    void theJsonGivesEachGoneInstanceItsFateItsPersonAndTheEvidence() throws Exception {
        run("--format", "json", "--stack", "shop-prod-rails-app-3f2a9c", "--stack", "shop-prod-sidekiq-3f2a9c");

        JsonNode stacks = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8)).path("migratedStacks");
        JsonNode rails = stacks.get(0).path("goneInstances").get(0);
        assertThat(rails.path("change").asText()).isEqualTo("had 4, now 4");
        assertThat(rails.path("findings").asInt()).isEqualTo(2);
        assertThat(rails.path("instances")).hasSize(2).allSatisfy(instance -> {
            assertThat(instance.path("fate").asText()).isEqualTo("LOST");
            assertThat(instance.path("finding").asBoolean()).isTrue();
            assertThat(instance.path("responsible").path("userName").asText()).isEqualTo("bob");
            assertThat(instance.path("responsible").path("mfa").asBoolean()).isTrue();
            assertThat(instance.path("activity").path("trigger").asText()).isEqualTo("DESIRED_CAPACITY_SET");
            assertThat(instance.path("ec2Event").path("invokedBy").asText()).isEqualTo("autoscaling.amazonaws.com");
        });
        JsonNode sidekiq = stacks.get(1).path("goneInstances").get(0);
        assertThat(sidekiq.path("findings").asInt()).isZero();
        assertThat(sidekiq.path("instances")).hasSize(2).allSatisfy(instance -> {
            assertThat(instance.path("fate").asText()).isEqualTo("REPLACED");
            assertThat(instance.path("finding").asBoolean()).isFalse();
            assertThat(instance.path("responsible").path("principalArn").asText())
                    .isEqualTo("arn:aws:iam::123456789012:user/carol");
            assertThat(instance.path("hops")).extracting(hop -> hop.path("step").asText())
                    .contains("STACK_OPERATION");
        });
        assertThat(stacks.get(1).path("findings").asInt()).as("replacements are not findings").isEqualTo(
                stacks.get(1).path("groups").get(0).path("findings").asInt());
    }

    private int run(String... args) {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
        return CheckCommand.run(args, new OneAccountContexts(
                () -> AppContext.demo(Optional.empty(), Duration.ZERO, dirs, clock)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
