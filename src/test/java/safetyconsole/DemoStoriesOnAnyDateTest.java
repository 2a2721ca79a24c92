package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import safetyconsole.attribution.AttributionTarget;
import safetyconsole.audit.AuditLog;
import safetyconsole.check.CheckCommand;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.json.Json;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.OneAccountContexts;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.attribution.OpsWorksTimeline;
import safetyconsole.ui.attribution.TimelineViewModel;
import safetyconsole.ui.common.InlineTaskRunner;

/**
 * The demo's three stories are told relative to the moment the demo account is made, so they read the same on
 * any date: main once went red on a date because the stories had aged out of CloudTrail's 90 days.
 */
class DemoStoriesOnAnyDateTest {

    private static final String ALICE = "arn:aws:iam::123456789012:user/alice";

    @TempDir
    Path dir;

    /** The tests' date, five years on, a leap day at both ends and the end of a century. */
    static Stream<Instant> dates() {
        return Stream.of(TestClocks.NOW, TestClocks.NOW.plus(Duration.ofDays(5 * 365 + 1)),
                Instant.parse("2028-02-29T00:00:00Z"), Instant.parse("2028-02-29T23:59:59Z"),
                Instant.parse("2099-12-31T23:59:30Z"));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void theStoriesHappenInTheWeeksBeforeNowAndWithinCloudTrailsHistory(Instant now) {
        DemoAccount account = DemoAccount.seeded(Clock.fixed(now, ZoneOffset.UTC));

        List<TrailEvent> events = account.lookupTrailEvents(new TrailQuery("us-east-1",
                TrailQuery.Attribute.EVENT_NAME, "DeleteInstance", now.minus(Duration.ofDays(90)), now));

        assertThat(events).singleElement().satisfies(delete -> {
            assertThat(delete.principalArn()).isEqualTo(ALICE);
            // Inside even a one-week window, and never in the future.
            assertThat(delete.eventTime()).isBetween(now.minus(Duration.ofDays(7)), now);
        });
        assertThat(account.earlierVisit()).isBefore(events.get(0).eventTime()).isAfter(now.minus(Duration.ofDays(90)));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void checkNamesAliceForTheWrongStackDeleteInText(Instant now) {
        Output output = check(now, "--stack", "shop-prod");

        assertThat(output.code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(output.out).contains("Missing: shop-prod: rails-app7 is gone", "rails-app7: TerminateInstances at",
                "by OpsWorks for " + ALICE + " (DeleteInstance)");
    }

    @ParameterizedTest
    @MethodSource("dates")
    void checkListsAliceAmongTheCandidatesInJson(Instant now) throws Exception {
        Output output = check(now, "--format", "json", "--stack", "shop-prod");

        JsonNode gone = Json.mapper().readTree(output.out).path("stacks").get(0).path("missingInstances").get(0);
        assertThat(gone.path("hostname").asText()).isEqualTo("rails-app7");
        assertThat(Instant.parse(gone.path("lastSeen").asText())).isBefore(now);
        assertThat(gone.path("attribution")).anySatisfy(event -> {
            assertThat(event.path("event").asText()).isEqualTo("TerminateInstances");
            assertThat(event.path("candidates")).extracting(c -> c.path("principalArn").asText()).contains(ALICE);
        });
    }

    @ParameterizedTest
    @MethodSource("dates")
    void theTimelineOfTheDeletedInstanceNamesAlice(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        DemoAccount account = DemoAccount.seeded(clock);
        Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod")).findFirst()
                .orElseThrow();
        Instance deleted = account.instancesAtEarlierVisit(prod.id()).stream()
                .filter(i -> i.hostname().equals("rails-app7")).findFirst().orElseThrow();
        TimelineViewModel timeline = new TimelineViewModel(new OpsWorksTimeline(new AttributionTarget(deleted.id(),
                deleted.ec2Id().orElse(null), deleted.hostname(), prod.region()), account,
                new AuditLog(dir.resolve("audit.jsonl"), clock, AuditLog.Durability.OS_BUFFERED), now),
                new InlineTaskRunner());

        timeline.load();

        assertThat(timeline.rows()).anySatisfy(row -> {
            assertThat(row.what()).contains("DeleteInstance in stack shop-prod");
            assertThat(row.who()).isEqualTo(ALICE);
            assertThat(row.time()).isBefore(now);
        });
    }

    private record Output(int code, String out) {
    }

    private Output check(Instant now, String... args) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CheckCommand.run(args, new OneAccountContexts(
                () -> AppContext.demo(Optional.empty(), Duration.ZERO, dirs, clock)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8));
    }
}
