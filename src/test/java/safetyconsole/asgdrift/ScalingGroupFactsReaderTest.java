package safetyconsole.asgdrift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;
import safetyconsole.testing.TestArns;

/** The reader asks once per template and (template, version), and one item it cannot read stops nothing else. */
class ScalingGroupFactsReaderTest {

    private static final String WEB = "lt-0web";

    /** Groups on lt-0web (default 1, latest 2) and one on a template that cannot be read; its refreshes fail too. */
    private static final class Reads implements ScalingGroupReads {

        final List<String> calls = new ArrayList<>();

        @Override
        public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
            return List.of(group("web-a", LaunchTemplateSpec.byId(WEB, null), "i-1"),
                    group("web-b", LaunchTemplateSpec.byId(WEB, "1"), "i-2"),
                    group("gone", LaunchTemplateSpec.byName("deleted-lt", "$Latest"), "i-3"));
        }

        @Override
        public Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
            throw new AssertionError("not read by the facts reader");
        }

        @Override
        public List<CloudFormationStack> describeCloudFormationStacks(String region) {
            throw new AssertionError("not read by the facts reader");
        }

        @Override
        public List<StackResource> describeStackResources(String region, String stackName) {
            throw new AssertionError("not read by the facts reader");
        }

        @Override
        public List<String> listResourceGroupNames(String region) {
            throw new AssertionError("not read by the facts reader");
        }

        @Override
        public List<ScalingActivity> describeScalingActivities(String region, String groupName) {
            throw new AssertionError("not read by the facts reader");
        }

        @Override
        public LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec) {
            calls.add("template " + spec.templateId().or(spec::templateName).orElseThrow());
            if (spec.templateId().isEmpty()) {
                throw new CloudException(CloudException.Kind.NOT_FOUND, "no such template");
            }
            return new LaunchTemplate(WEB, "web-lt", 1, 2);
        }

        @Override
        public LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long number) {
            calls.add("version " + templateId + "#" + number);
            List<String> groups = number == 1 ? List.of("sg-web") : List.of("sg-web", "sg-mon");
            return new LaunchTemplateVersion(templateId, number, groups, List.of(), List.of());
        }

        @Override
        public List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds) {
            calls.add("instances " + instanceIds.size());
            return instanceIds.stream().map(id -> Fleet.web(1, "1").instance(id, "1", "sg-web").facts()
                    .ec2Instances().get(0)).toList();
        }

        @Override
        public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
            if (groupName.equals("gone")) {
                throw new CloudException(CloudException.Kind.SERVICE_ERROR,
                        "autoscaling:DescribeInstanceRefreshes of group gone: HTTP 500");
            }
            return List.of();
        }

        private static AutoScalingGroup group(String name, LaunchTemplateSpec spec, String instanceId) {
            return new AutoScalingGroup(name, TestArns.group("eu-west-1", name), "eu-west-1", Optional.of(spec),
                    Optional.empty(), 1, 0, 2, Map.of(), UpdatePolicyPresence.UNKNOWN,
                    List.of(new AutoScalingInstance(instanceId, "t3.micro", AutoScalingLifecycleState.IN_SERVICE,
                            false)));
        }
    }

    @Test
    void eachTemplateAndVersionIsAskedOnceAndOneBadItemStopsNothingElse() {
        Reads reads = new Reads();

        List<ScalingGroupDrift> drifts = new ScalingGroupFactsReader(reads).read("eu-west-1").stream()
                .map(ScalingGroupDriftAnalyzer::analyze).toList();

        assertThat(reads.calls).containsExactly("template " + WEB, "version " + WEB + "#1", "version " + WEB + "#2",
                "template deleted-lt", "instances 3");
        assertThat(drifts).hasSize(3);
        assertThat(drifts.get(0).instances().get(0).status()).isEqualTo(TemplateSyncStatus.IN_SYNC);
        assertThat(drifts.get(0).unusedGroups()).isNotEmpty();
        assertThat(drifts.get(1).refreshesNotCheckedBecause()).isEmpty();
        ScalingGroupDrift gone = drifts.get(2);
        assertThat(gone.instances().get(0).status()).isEqualTo(TemplateSyncStatus.NOT_CHECKED);
        assertThat(gone.instances().get(0).reason()).contains("deleted-lt could not be read");
        assertThat(gone.refreshesNotCheckedBecause()).hasValueSatisfying(why ->
                assertThat(why).contains("autoscaling:DescribeInstanceRefreshes"));
    }
}
