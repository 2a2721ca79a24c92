package safetyconsole.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.attribution.TrailOnlyAccount.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.TestClocks;

class TrailCorrelatorTest {

    private static final String OPSWORKS = "opsworks.amazonaws.com";
    private static final String EC2 = "ec2.amazonaws.com";
    private static final String INSTANCE = "4f6a1c3e-0000-4000-8000-000000000001";
    private static final String EC2_ID = "i-0abc000000000001";
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");
    private static final AttributionTarget TARGET = new AttributionTarget(INSTANCE, EC2_ID, "rails-app7", "eu-west-1");

    private final TrailOnlyAccount trail = new TrailOnlyAccount();
    private final TrailCorrelator correlator = new TrailCorrelator(trail, "us-east-1");

    @Test
    void theDemosWrongStackDeletionNamesAliceNotOpsworks() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        Instant from = TestClocks.NOW.minus(Duration.ofDays(90));
        Instant to = from.plus(Duration.ofDays(90));
        TrailEvent delete = account.lookupTrailEvents(new TrailQuery("us-east-1", TrailQuery.Attribute.EVENT_NAME,
                "DeleteInstance", from, to)).get(0);
        TrailEvent terminate = account.lookupTrailEvents(new TrailQuery("us-east-1", TrailQuery.Attribute.EVENT_NAME,
                "TerminateInstances", from, to)).stream().filter(e -> e.eventTime().isAfter(delete.eventTime()))
                .findFirst().orElseThrow();
        AttributionTarget target = new AttributionTarget(delete.requestParameters().get("instanceId"),
                terminate.resourceIds().get(0), "rails-app7", "us-east-1");

        Attribution attribution = new TrailCorrelator(account, account.endpointRegion()).attribute(target, from, to);

        Attribution.Finding termination = attribution.findings().stream()
                .filter(f -> f.ec2Event().eventName().equals("TerminateInstances")).findFirst().orElseThrow();
        assertThat(termination.ec2Event().userName()).isEqualTo("OpsWorks");
        assertThat(termination.kind()).isEqualTo(Attribution.Kind.OPSWORKS_FOR_A_CALLER);
        assertThat(termination.candidates()).extracting(c -> c.call().eventName() + " by " + c.call().userName())
                .containsExactly("DeleteInstance by alice", "StopInstance by alice");
        assertThat(termination.candidates().get(0).call().requestParameters().get("stackId"))
                .isEqualTo(delete.requestParameters().get("stackId"));
        assertThat(termination.candidates().get(0).exactAction()).isTrue();
    }

    @Test
    void exactMatch() {
        trail.events.add(event("1", "2026-11-10T10:00:00Z", OPSWORKS, "DeleteInstance", "us-east-1", "alice", null,
                INSTANCE, INSTANCE));
        trail.events.add(event("2", "2026-11-10T10:00:05Z", EC2, "TerminateInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        Attribution.Finding finding = only(correlator.attribute(TARGET, FROM, TO));

        assertThat(finding.kind()).isEqualTo(Attribution.Kind.OPSWORKS_FOR_A_CALLER);
        assertThat(finding.candidates()).singleElement().satisfies(c -> {
            assertThat(c.call().userName()).isEqualTo("alice");
            assertThat(c.before()).isEqualTo(Duration.ofSeconds(5));
        });
    }

    @Test
    void severalCandidatesAreAllListedExactActionFirstThenClosest() {
        trail.events.add(event("1", "2026-11-10T09:50:00Z", OPSWORKS, "StopInstance", "us-east-1", "bob", null,
                INSTANCE, INSTANCE));
        trail.events.add(event("2", "2026-11-10T09:40:00Z", OPSWORKS, "DeleteInstance", "us-east-1", "carol", null,
                INSTANCE, INSTANCE));
        trail.events.add(event("3", "2026-11-10T09:59:00Z", OPSWORKS, "DeleteInstance", "us-east-1", "alice", null,
                INSTANCE, INSTANCE));
        trail.events.add(event("4", "2026-11-10T10:00:00Z", EC2, "TerminateInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        Attribution.Finding finding = only(correlator.attribute(TARGET, FROM, TO));

        assertThat(finding.candidates()).extracting(c -> c.call().userName()).containsExactly("alice", "carol", "bob");
    }

    @Test
    void noUserCallBehindAnOpsworksEventIsAutoHealingNotAGuess() {
        trail.events.add(event("1", "2026-11-10T10:00:00Z", EC2, "TerminateInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));
        trail.events.add(event("2", "2026-11-10T10:01:00Z", EC2, "RunInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        Attribution attribution = correlator.attribute(TARGET, FROM, TO);

        assertThat(attribution.findings()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Attribution.Kind.OPSWORKS_ON_ITS_OWN);
            assertThat(f.candidates()).isEmpty();
        });
    }

    @Test
    void aPersonActingDirectlyInEc2IsNamedByTheEventItself() {
        trail.events.add(event("1", "2026-11-10T10:00:00Z", EC2, "StopInstances", "eu-west-1", "dave", null,
                EC2_ID, null));

        Attribution.Finding finding = only(correlator.attribute(TARGET, FROM, TO));

        assertThat(finding.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(finding.ec2Event().userName()).isEqualTo("dave");
    }

    @Test
    void callsJustInsideTheWindowAndTheSkewCountAndJustOutsideDoNot() {
        Instant ec2Time = Instant.parse("2026-11-10T10:00:00Z");
        add(ec2Time.minus(TrailCorrelator.WINDOW), "inside-window");
        add(ec2Time.minus(TrailCorrelator.WINDOW).minusSeconds(1), "too-early");
        add(ec2Time.plus(TrailCorrelator.SKEW), "inside-skew");
        add(ec2Time.plus(TrailCorrelator.SKEW).plusSeconds(1), "too-late");
        trail.events.add(event("ec2", ec2Time.toString(), EC2, "TerminateInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        Attribution.Finding finding = only(correlator.attribute(TARGET, FROM, TO));

        assertThat(finding.candidates()).extracting(c -> c.call().userName())
                .containsExactlyInAnyOrder("inside-window", "inside-skew");
    }

    @Test
    void ec2EventsAreSoughtInTheStacksRegionAndOpsworksCallsInTheEndpointRegion() {
        trail.events.add(event("1", "2026-11-10T09:59:00Z", OPSWORKS, "DeleteInstance", "eu-west-1", "mallory", null,
                INSTANCE, INSTANCE));
        trail.events.add(event("2", "2026-11-10T10:00:00Z", EC2, "TerminateInstances", "us-east-1", null, OPSWORKS,
                EC2_ID, null));
        trail.events.add(event("3", "2026-11-10T10:00:00Z", EC2, "TerminateInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        Attribution attribution = correlator.attribute(TARGET, FROM, TO);

        assertThat(trail.queries).extracting(TrailQuery::region).containsExactly("eu-west-1", "us-east-1");
        assertThat(only(attribution).ec2Event().eventId()).isEqualTo("3");
        assertThat(only(attribution).kind()).isEqualTo(Attribution.Kind.OPSWORKS_ON_ITS_OWN);
    }

    @Test
    void aCallOnAnotherInstanceIsNeverACandidate() {
        trail.events.add(event("1", "2026-11-10T09:59:00Z", OPSWORKS, "DeleteInstance", "us-east-1", "erin", null,
                INSTANCE, "some-other-instance"));
        trail.events.add(event("2", "2026-11-10T10:00:00Z", EC2, "TerminateInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        assertThat(only(correlator.attribute(TARGET, FROM, TO)).candidates()).isEmpty();
    }

    @Test
    void anOpsworksCallThatListsNoResourceIsFoundByItsRequest() {
        trail.events.add(event("1", "2026-11-10T09:59:00Z", OPSWORKS, "DeleteInstance", "us-east-1", "frank", null,
                null, INSTANCE));
        trail.events.add(event("2", "2026-11-10T10:00:00Z", EC2, "TerminateInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        assertThat(only(correlator.attribute(TARGET, FROM, TO)).candidates())
                .extracting(c -> c.call().userName()).containsExactly("frank");
    }

    @Test
    void overlappingWindowsShareOneLookupAndEventsDaysApartGetTheirOwn() {
        trail.events.add(event("stop-call", "2026-11-10T09:58:00Z", OPSWORKS, "StopInstance", "us-east-1", "grace",
                null, null, INSTANCE));
        trail.events.add(event("stop", "2026-11-10T09:58:03Z", EC2, "StopInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));
        trail.events.add(event("terminate", "2026-11-10T10:03:00Z", EC2, "TerminateInstances", "eu-west-1", null,
                OPSWORKS, EC2_ID, null));
        trail.events.add(event("start", "2026-11-20T08:00:00Z", EC2, "StartInstances", "eu-west-1", null, OPSWORKS,
                EC2_ID, null));

        Attribution attribution = correlator.attribute(TARGET, FROM, TO);

        List<TrailQuery> opsworksLookups = trail.queries.stream().filter(q -> q.region().equals("us-east-1")).toList();
        assertThat(opsworksLookups).hasSize(2).allSatisfy(q -> {
            assertThat(q.attribute()).isEqualTo(TrailQuery.Attribute.EVENT_SOURCE);
            assertThat(Duration.between(q.from(), q.to())).isLessThan(Duration.ofHours(1));
        });
        assertThat(attribution.findings()).extracting(f -> f.ec2Event().eventId() + ":" + f.candidates().size())
                .containsExactly("stop:1", "terminate:1", "start:0");
    }

    @Test
    void aPersonActingDirectlyCostsNoOpsworksLookup() {
        trail.events.add(event("1", "2026-11-10T10:00:00Z", EC2, "StopInstances", "eu-west-1", "dave", null,
                EC2_ID, null));

        correlator.attribute(TARGET, FROM, TO);

        assertThat(trail.queries).extracting(TrailQuery::region).containsExactly("eu-west-1");
    }

    private void add(Instant time, String user) {
        trail.events.add(event(user, time.toString(), OPSWORKS, "DeleteInstance", "us-east-1", user, null, INSTANCE,
                INSTANCE));
    }

    private static Attribution.Finding only(Attribution attribution) {
        assertThat(attribution.findings()).hasSize(1);
        return attribution.findings().get(0);
    }
}
