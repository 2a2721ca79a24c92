package safetyconsole.cloud.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.ScalingGroupReads;

/** A snapshot of an account after OpsWorks: the migrated stacks' CLI output, read as strictly as the rest. */
class SnapshotScalingGroupsTest {

    private static final String REGION = "eu-west-1";
    private static final String GROUP = "shop-prod-rails-app-3f2a9c-ApplicationAsg-1Q2W3E4R5T6Y";
    private static final String TEMPLATE = "lt-0a1b2c3d4e5f60001";

    @TempDir
    Path dir;

    private ScalingGroupReads open(Path snapshot) {
        return SnapshotAccount.open(snapshot).scalingGroups();
    }

    private Path migrated() {
        return SnapshotFixture.copyInto(dir, "migrated");
    }

    @Test
    void opensWithoutAnOpsWorksExportAndSaysOpsWorksIsNotInIt() {
        SnapshotAccount account = SnapshotAccount.open(migrated());

        assertThat(account.endpointRegion()).isEqualTo(REGION);
        assertThatThrownBy(account::describeStacks).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_UNAVAILABLE_HERE);
            assertThat(e.unavailableService()).contains(OptionalService.OPSWORKS_STACKS);
        });
    }

    @Test
    void readsGroupsTemplatesStacksAndApplications() {
        ScalingGroupReads reads = open(migrated());

        assertThat(reads.describeAutoScalingGroups(REGION)).extracting(group -> group.name())
                .containsExactly(GROUP, "nightly-batch");
        assertThat(reads.describeAutoScalingGroup(REGION, GROUP).orElseThrow().desiredCapacity()).isEqualTo(3);
        assertThat(reads.describeAutoScalingGroup(REGION, GROUP).orElseThrow().cloudFormationStackName())
                .contains("shop-prod-rails-app-3f2a9c");
        assertThat(reads.describeAutoScalingGroup(REGION, "nope")).isEmpty();
        assertThat(reads.describeAutoScalingGroups("us-east-1")).isEmpty();
        assertThat(reads.describeLaunchTemplate(REGION, LaunchTemplateSpec.byId(TEMPLATE, null)).latestVersionNumber())
                .isEqualTo(3);
        assertThat(reads.describeLaunchTemplateVersion(REGION, TEMPLATE, 3).networkInterfaces().get(0).groupIds())
                .containsExactly("sg-0aaa000000000101", "sg-0aaa000000000102");
        assertThat(reads.describeCloudFormationStacks(REGION)).extracting(stack -> stack.name())
                .containsExactly("shop-prod-rails-app-3f2a9c");
        assertThat(reads.describeStackResources(REGION, "shop-prod-rails-app-3f2a9c"))
                .filteredOn(resource -> resource.isAutoScalingGroup()).extracting(resource -> resource.physicalId())
                .containsExactly(GROUP);
        String arn = reads.describeCloudFormationStacks(REGION).get(0).id();
        assertThat(reads.describeStackResources(REGION, arn)).hasSize(2);
        assertThat(reads.listResourceGroupNames(REGION)).containsExactly("app-shop-prod-3f2a9c");
        assertThat(reads.describeInstanceRefreshes(REGION, GROUP)).singleElement()
                .satisfies(refresh -> assertThat(refresh.status()).isEqualTo(InstanceRefreshStatus.CANCELLED));
    }

    @Test
    void theStoryOfTheSnapshotComesOutOfTheAnalysis() throws IOException {
        Path snapshot = migrated();
        Files.delete(snapshot.resolve("migrated/eu-west-1/instance-refreshes/nightly-batch.json"));
        List<ScalingGroupDrift> drift = new ScalingGroupFactsReader(open(snapshot)).read(REGION).stream()
                .map(ScalingGroupDriftAnalyzer::analyze).collect(Collectors.toList());
        Map<String, InstanceTemplateDrift> byId = drift.stream().flatMap(group -> group.instances().stream())
                .collect(Collectors.toMap(InstanceTemplateDrift::instanceId, Function.identity()));

        assertThat(byId.get("i-0ccc000000000101").status()).isEqualTo(TemplateSyncStatus.MISSING);
        assertThat(byId.get("i-0ccc000000000101").missing()).containsExactly("sg-0aaa000000000102");
        assertThat(byId.get("i-0ccc000000000102").status()).isEqualTo(TemplateSyncStatus.LAG);
        assertThat(byId.get("i-0ccc000000000103").status()).isEqualTo(TemplateSyncStatus.IN_SYNC);
        ScalingGroupDrift lone = drift.stream().filter(group -> group.group().name().equals("nightly-batch"))
                .findFirst().orElseThrow();
        assertThat(lone.refreshesNotCheckedBecause()).isPresent();
        assertThat(lone.instances()).extracting(InstanceTemplateDrift::status).containsOnly(TemplateSyncStatus.IN_SYNC);
    }

    @Test
    void aGroupsActivitiesAreReadAsTheCliPrintsThemAndWithoutTheFileNotChecked() throws IOException {
        Path snapshot = migrated();
        ScalingGroupReads reads = open(snapshot);

        List<ScalingActivity> activities = reads.describeScalingActivities(REGION, GROUP);

        assertThat(activities).extracting(ScalingActivity::description).containsExactly(
                "Terminating EC2 instance: i-0ccc000000000104", "Launching a new EC2 instance: i-0ccc000000000104");
        assertThat(activities.get(0).cause()).startsWith("At 2026-11-28T14:02:11Z a user request");
        assertThat(activities.get(0).startTime()).isEqualTo(Instant.parse("2026-11-28T14:02:21.120Z"));
        assertThat(activities.get(0).endTime()).contains(Instant.parse("2026-11-28T14:03:25Z"));
        assertThat(activities.get(1).endTime()).isEmpty();
        assertThat(activities.get(1).statusCode()).isEqualTo("InProgress");
        assertThatThrownBy(() -> reads.describeScalingActivities(REGION, "nightly-batch"))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("aws autoscaling describe-scaling-activities"
                            + " --include-deleted-groups --region eu-west-1 --auto-scaling-group-name nightly-batch");
                });
    }

    @Test
    void anActivityWithoutItsStartTimeRefusesTheFile() throws IOException {
        Path snapshot = migrated();
        Path file = snapshot.resolve("migrated/eu-west-1/scaling-activities/" + GROUP + ".json");
        Files.writeString(file, Files.readString(file).replace("\"StartTime\": \"2026-11-28T14:02:21.120000+00:00\",",
                ""));

        assertThatThrownBy(() -> open(snapshot).describeScalingActivities(REGION, GROUP))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("StartTime");
                });
    }

    @Test
    void withoutResourceGroupsTheServiceIsNotOfferedRatherThanEmpty() throws IOException {
        Path snapshot = migrated();
        Files.delete(snapshot.resolve("migrated/eu-west-1/resource-groups.json"));

        assertThatThrownBy(() -> open(snapshot).listResourceGroupNames(REGION))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.unavailableService()).contains(OptionalService.RESOURCE_GROUPS));
    }

    @Test
    void aMissingPerItemFileIsThatItemNotFoundWithTheCommandThatMakesIt() throws IOException {
        Path snapshot = migrated();
        Files.delete(snapshot.resolve("migrated/eu-west-1/launch-template-versions/" + TEMPLATE + ".json"));
        ScalingGroupReads reads = open(snapshot);

        assertThatThrownBy(() -> reads.describeLaunchTemplateVersion(REGION, TEMPLATE, 3))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("aws ec2 describe-launch-template-versions");
                });
        assertThat(reads.describeAutoScalingGroups(REGION)).hasSize(2);
    }

    @Test
    void aNameFromTheDataNeverLeadsOutOfItsFolder() {
        ScalingGroupReads reads = open(migrated());

        for (String name : List.of("../../caller-identity", "a/b", "..", "x\u0000y", "")) {
            assertThatThrownBy(() -> reads.describeInstanceRefreshes(REGION, name))
                    .isInstanceOfSatisfying(CloudException.class,
                            e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.INVALID_INPUT));
        }
    }

    @Test
    void aNumberWrittenAsTextIsRefusedNotCoerced() throws IOException {
        Path snapshot = migrated();
        replace(snapshot.resolve("migrated/eu-west-1/auto-scaling-groups.json"), "\"DesiredCapacity\": 3",
                "\"DesiredCapacity\": \"3\"");

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("auto-scaling-groups.json")
                .hasMessageContaining("AutoScalingGroups[0].DesiredCapacity")
                .hasMessageContaining("whole number");
    }

    @Test
    void aTagGivenTwiceIsRefused() throws IOException {
        Path snapshot = migrated();
        replace(snapshot.resolve("migrated/eu-west-1/cloudformation-stacks.json"),
                "\"Tags\": [\n                {\n                    \"Key\": \"Environment\",",
                "\"Tags\": [\n                {\"Key\": \"Environment\", \"Value\": \"dev\"},\n                {\n"
                        + "                    \"Key\": \"Environment\",");

        assertThatThrownBy(() -> SnapshotAccount.open(snapshot)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("cloudformation-stacks.json").hasMessageContaining("a second time");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
