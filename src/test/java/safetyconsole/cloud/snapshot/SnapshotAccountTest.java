package safetyconsole.cloud.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Stack;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.DriftReport;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.testing.TestClocks;

class SnapshotAccountTest {

    private static final String STACK = "2f1c5e0a-1b2c-4d5e-8f90-123456789abc";

    @TempDir
    Path dir;
    private Path snapshot;

    @BeforeEach
    void copyFixture() {
        snapshot = SnapshotFixture.copyInto(dir);
    }

    @Test
    void readsStacksWithTagsColorAndCustomJsonFromCliOutput() {
        SnapshotAccount account = SnapshotAccount.open(snapshot);

        Stack stack = account.describeStacks().get(0);
        assertThat(stack.name()).isEqualTo("billing-prod");
        assertThat(stack.region()).isEqualTo("eu-west-1");
        assertThat(stack.tags()).containsEntry("Environment", "production");
        assertThat(stack.color()).contains("rgb(186, 65, 50)");
        assertThat(stack.customJson()).contains("\"rotate\": 7");
        assertThat(stack.createdAt()).isEqualTo(Instant.parse("2019-03-04T10:11:12Z"));
        assertThat(account.endpointRegion()).isEqualTo("us-east-1");
        assertThat(account.callerIdentity().arn()).endsWith("user/auditor");
        assertThat(account.description()).contains("read-only");
    }

    @Test
    void theAccountAliasComesFromItsOptionalExport() throws IOException {
        assertThat(SnapshotAccount.open(snapshot).accountAlias()).isEmpty();

        Files.writeString(snapshot.resolve("account-aliases.json"), "{\"AccountAliases\": [\"acme-billing\"]}");

        assertThat(SnapshotAccount.open(snapshot).accountAlias()).contains("acme-billing");
    }

    @Test
    void readsLayersInstancesAndApps() {
        SnapshotAccount account = SnapshotAccount.open(snapshot);

        assertThat(account.describeLayers(STACK)).singleElement().satisfies(l ->
                assertThat(l.customSecurityGroupIds()).containsExactly("sg-0aaa000000000001", "sg-0aaa000000000002"));
        assertThat(account.describeInstances(STACK)).extracting(Instance::hostname)
                .containsExactly("rails-app1", "rails-app2", "rails-app3");
        assertThat(account.describeApps(STACK)).singleElement().satisfies(a -> {
            assertThat(a.attributes()).containsEntry("RailsEnv", "production");
            assertThat(a.environment()).containsKey("SECRET_KEY_BASE");
        });
    }

    @Test
    void pendingGroupAnalysisWorksOnTheSnapshot() {
        SnapshotAccount account = SnapshotAccount.open(snapshot);
        Stack stack = account.describeStacks().get(0);

        DriftReport report = DriftAnalyzer.analyze(new InventoryLoader(account, TestClocks.fixed()).load(stack));

        assertThat(report.instances()).extracting(d -> d.instance().hostname() + " " + d.status()).containsExactly(
                "rails-app1 " + SyncStatus.PENDING, "rails-app2 " + SyncStatus.IN_SYNC,
                "rails-app3 " + SyncStatus.WILL_SYNC_ON_START);
    }

    @Test
    void aMissingFileIsNamedWithTheCommandThatMakesIt() throws IOException {
        Files.delete(snapshot.resolve("stacks/" + STACK + "/instances.json"));

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("instances.json is missing")
                .hasMessageContaining("aws opsworks describe-instances --stack-id " + STACK);
    }

    @Test
    void aMissingRegionOfEc2IsAnError() throws IOException {
        Files.delete(snapshot.resolve("ec2/eu-west-1/security-groups.json"));

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot))
                .hasMessageContaining("ec2/eu-west-1/security-groups.json is missing")
                .hasMessageContaining("aws ec2 describe-security-groups --region eu-west-1");
    }

    @Test
    void badJsonIsNamedWithLineAndColumn() throws IOException {
        Files.writeString(snapshot.resolve("stacks.json"), "{\n  \"Stacks\": [\n    {\"StackId\": \"x\",,}\n  ]\n}");

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot))
                .hasMessageContaining("stacks.json is not valid JSON (line 3");
    }

    @Test
    void aMissingFieldIsNamedByItsPath() throws IOException {
        Path file = snapshot.resolve("stacks/" + STACK + "/instances.json");
        Files.writeString(file, Files.readString(file).replace("\"Hostname\": \"rails-app2\",", ""));

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot))
                .hasMessageContaining("instances.json: Instances[1].Hostname is missing.");
    }

    @Test
    void theWrongCommandsOutputIsRecognised() throws IOException {
        Files.writeString(snapshot.resolve("stacks.json"), "{\"Reservations\": []}");

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot))
                .hasMessageContaining("has no \"Stacks\" list; is it the output of the right command?");
    }

    @Test
    void notAFolderIsSaidSo() {
        assertThatThrownBy(() -> SnapshotAccount.open(dir.resolve("nope"))).hasMessageContaining("is not a folder");
    }

    @Test
    void aTimeKeepsItsOffset() throws IOException {
        Path stacks = snapshot.resolve("stacks.json");
        Files.writeString(stacks, Files.readString(stacks).replace("2019-03-04T10:11:12+00:00",
                "2019-03-04T10:11:12+05:30"));

        assertThat(SnapshotAccount.open(snapshot).describeStacks().get(0).createdAt())
                .isEqualTo(Instant.parse("2019-03-04T04:41:12Z"));
    }

    /** 200 MB of valid export, most of it what the console does not use; held whole it would need gigabytes. */
    @Test
    void aLargeEc2ExportIsReadOneReservationAtATime() throws IOException {
        Path export = snapshot.resolve("ec2/eu-west-1/instances.json");
        String devices = ("{\"DeviceName\": \"/dev/sdf\", \"Ebs\": {\"VolumeId\": \"vol-0123456789abcdef0\","
                + " \"Status\": \"attached\", \"DeleteOnTermination\": true}},").repeat(1000);
        int reservations = 2000;
        try (Writer out = Files.newBufferedWriter(export)) {
            out.write("{\"Reservations\": [");
            for (int i = 0; i < reservations; i++) {
                out.write((i == 0 ? "" : ",") + "{\"Instances\": [{\"InstanceId\": \"i-" + (100_000 + i)
                        + "\", \"State\": {\"Name\": \"running\"}, \"BlockDeviceMappings\": [" + devices
                        + "{}]}]}");
            }
            out.write("]}");
        }
        assertThat(Files.size(export)).isGreaterThan(200L << 20);

        SnapshotAccount account = SnapshotAccount.open(snapshot);

        assertThat(account.describeEc2Instances("eu-west-1", List.of("i-100000", "i-101999")))
                .extracting(Ec2Instance::id).containsExactly("i-100000", "i-101999");
    }
}
