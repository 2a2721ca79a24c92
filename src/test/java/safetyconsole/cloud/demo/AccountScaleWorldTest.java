package safetyconsole.cloud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.ScalingGroupDriftAnalyzer;
import safetyconsole.asgdrift.ScalingGroupFactsReader;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.testing.TestClocks;

class AccountScaleWorldTest {

    private static final String REGION = DemoSeed.ENDPOINT_REGION;
    private static DemoAccount account;

    @BeforeAll
    static void generate() {
        account = DemoAccount.accountScale(TestClocks.fixed());
    }

    @Test
    void fortyOpsWorksStacksHoldTwentyThousandInstancesOneOfThemTwoThousand() {
        List<Stack> stacks = account.describeStacks();
        Map<String, Integer> sizes = stacks.stream().collect(Collectors.toMap(Stack::name,
                stack -> account.describeInstances(stack.id()).size()));

        assertThat(stacks).hasSize(AccountScaleWorld.OPSWORKS_STACKS);
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(AccountScaleWorld.OPSWORKS_INSTANCES);
        assertThat(sizes).containsEntry(AccountScaleWorld.LARGEST_STACK, AccountScaleWorld.LARGEST_STACK_INSTANCES);
        assertThat(sizes.entrySet()).filteredOn(entry -> !entry.getKey().equals(AccountScaleWorld.LARGEST_STACK))
                .allSatisfy(entry -> assertThat(entry.getValue()).isBetween(461, 462));
    }

    @Test
    void fiveHundredGroupsHoldTwentyThousandInstancesEachInACloudFormationStackOnAThreeVersionTemplate() {
        List<AutoScalingGroup> groups = account.describeAutoScalingGroups(REGION);

        assertThat(groups).hasSize(AccountScaleWorld.SCALING_GROUPS);
        assertThat(groups.stream().mapToInt(group -> group.instances().size()).sum())
                .isEqualTo(AccountScaleWorld.SCALING_INSTANCES);
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.cloudFormationStackName()).isPresent();
            LaunchTemplate template = account.describeLaunchTemplate(REGION, group.launchTemplateSpecs().get(0));
            assertThat(template.latestVersionNumber()).isEqualTo(AccountScaleWorld.TEMPLATE_VERSIONS);
        });
        assertThat(account.describeCloudFormationStacks(REGION)).hasSize(AccountScaleWorld.SCALING_GROUPS);
    }

    @Test
    void instancesOnOlderVersionsGiveTheDriftAnalysisFindingsOfEveryKind() {
        List<ScalingGroupDrift> drifts = new ScalingGroupFactsReader(account).read(REGION).stream()
                .map(ScalingGroupDriftAnalyzer::analyze).toList();
        Map<TemplateSyncStatus, Long> statuses = drifts.stream().flatMap(drift -> drift.instances().stream())
                .collect(Collectors.groupingBy(InstanceTemplateDrift::status, Collectors.counting()));

        // Three layers of five: 30 of 40 from version 2 lack the metrics group; the $Latest layer: 20 from version 1.
        assertThat(statuses).containsEntry(TemplateSyncStatus.MISSING, 100L * (3 * 30 + 20))
                .containsEntry(TemplateSyncStatus.IN_SYNC, 100L * (3 * 10 + 40 + 20))
                .doesNotContainKey(TemplateSyncStatus.NOT_CHECKED);
        assertThat(drifts).filteredOn(drift -> !drift.unusedGroups().isEmpty())
                .hasSize(AccountScaleWorld.MIGRATED_APPS);
    }

    @Test
    void theSameAccountOnEveryStartSetUpJustBeforeNow() {
        DemoAccount again = DemoAccount.accountScale(TestClocks.fixed());
        Function<DemoAccount, List<String>> ec2Ids = demo -> demo.describeAutoScalingGroups(REGION).stream()
                .flatMap(group -> group.instances().stream()).map(instance -> instance.instanceId()).toList();

        assertThat(again.describeStacks()).isEqualTo(account.describeStacks());
        assertThat(ec2Ids.apply(again)).isEqualTo(ec2Ids.apply(account));
        Instant now = TestClocks.fixed().instant();
        List<TaggedEc2Instance> some = account.describeTaggedEc2Instances(REGION, ec2Ids.apply(account).subList(0,
                1000));
        assertThat(some).allSatisfy(tagged -> assertThat(tagged.instance().launchTime())
                .isBefore(now).isAfter(now.minus(Duration.ofDays(2))));
    }
}
