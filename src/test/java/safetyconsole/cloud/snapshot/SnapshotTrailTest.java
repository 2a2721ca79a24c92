package safetyconsole.cloud.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.attribution.Attribution;
import safetyconsole.attribution.AttributionTarget;
import safetyconsole.attribution.TrailCorrelator;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/** The snapshot's CloudTrail export, shaped like AWS's LookupEvents output, read and correlated. */
class SnapshotTrailTest {

    private static final String DELETED_OPSWORKS_ID = "22222222-aaaa-4bbb-8ccc-000000000004";
    private static final Instant FROM = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-28T00:00:00Z");

    @TempDir
    Path dir;
    private Path snapshot;

    @BeforeEach
    void copyFixture() {
        snapshot = SnapshotFixture.copyInto(dir);
    }

    @Test
    void readsTheRecordInsideEachLookupEvent() {
        SnapshotAccount account = SnapshotAccount.open(snapshot);

        assertThat(account.lookupTrailEvents(new TrailQuery("us-east-1", TrailQuery.Attribute.RESOURCE_NAME,
                DELETED_OPSWORKS_ID, FROM, TO))).extracting(TrailEvent::eventName)
                .containsExactlyInAnyOrder("DeleteInstance", "StopInstance");
        TrailEvent terminate = account.lookupTrailEvents(new TrailQuery("eu-west-1",
                TrailQuery.Attribute.EVENT_NAME, "TerminateInstances", FROM, TO)).get(0);
        assertThat(terminate.invokedBy()).isEqualTo("opsworks.amazonaws.com");
        assertThat(terminate.principalArn()).endsWith("assumed-role/aws-opsworks-service-role/OpsWorks");
        assertThat(terminate.resourceIds()).containsExactly("i-0bbb000000000004");
        assertThat(terminate.eventTime()).isEqualTo(Instant.parse("2026-10-14T09:02:14Z"));
    }

    @Test
    void aDeletionThroughOpsWorksIsTracedToTheCaller() {
        SnapshotAccount account = SnapshotAccount.open(snapshot);
        Attribution attribution = new TrailCorrelator(account, account.endpointRegion()).attribute(
                new AttributionTarget(DELETED_OPSWORKS_ID, "i-0bbb000000000004", "rails-app4", "eu-west-1"), FROM, TO);

        assertThat(attribution.findings()).extracting(f -> f.ec2Event().eventName())
                .containsExactly("StopInstances", "TerminateInstances");
        Attribution.Finding terminate = attribution.findings().get(1);
        assertThat(terminate.kind()).isEqualTo(Attribution.Kind.OPSWORKS_FOR_A_CALLER);
        Attribution.Candidate best = terminate.candidates().get(0);
        assertThat(best.call().eventName()).isEqualTo("DeleteInstance");
        assertThat(best.call().principalArn()).isEqualTo("arn:aws:iam::210987654321:user/bob");
        assertThat(best.call().sourceIp()).isEqualTo("198.51.100.77");
        assertThat(best.call().mfaAuthenticated()).isTrue();
        assertThat(best.before()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aStopWithNoCallerBehindItIsOpsWorksOnItsOwn() {
        SnapshotAccount account = SnapshotAccount.open(snapshot);
        Attribution attribution = new TrailCorrelator(account, account.endpointRegion()).attribute(
                new AttributionTarget("22222222-aaaa-4bbb-8ccc-000000000001", "i-0bbb000000000001", "rails-app1",
                        "eu-west-1"), FROM, TO);

        assertThat(attribution.findings()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Attribution.Kind.OPSWORKS_ON_ITS_OWN));
    }

    @Test
    void aSnapshotWithoutATrailFolderHasNoHistory() throws IOException {
        try (Stream<Path> files = Files.list(snapshot.resolve("cloudtrail"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(snapshot.resolve("cloudtrail"));

        assertThat(SnapshotAccount.open(snapshot).lookupTrailEvents(new TrailQuery("eu-west-1",
                TrailQuery.Attribute.EVENT_NAME, "TerminateInstances", FROM, TO))).isEmpty();
    }

    @Test
    void aPartialExportStoppingAtANextTokenIsRefused() throws IOException {
        Path file = snapshot.resolve("cloudtrail/ec2-eu-west-1.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\"NextToken\": \"eyJuZXh0\","));

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("ec2-eu-west-1.json").hasMessageContaining("NextToken")
                .hasMessageContaining("--max-items");
    }

    @Test
    void aRecordThatIsNotJsonIsNamedByItsPath() throws IOException {
        Path file = snapshot.resolve("cloudtrail/opsworks-us-east-1.json");
        Files.writeString(file, Files.readString(file)
                .replaceFirst("\"CloudTrailEvent\": \"\\{", "\"CloudTrailEvent\": \"{{"));

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("opsworks-us-east-1.json")
                .hasMessageContaining("Events[0].CloudTrailEvent is not valid JSON");
    }

    @Test
    void aMissingFieldInsideTheRecordIsNamedByItsPath() throws IOException {
        Path file = snapshot.resolve("cloudtrail/opsworks-us-east-1.json");
        Files.writeString(file, Files.readString(file)
                .replaceFirst("\\\\\"awsRegion\\\\\":\\\\\"us-east-1\\\\\",", ""));

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("Events[0].CloudTrailEvent.awsRegion is missing");
    }
}
