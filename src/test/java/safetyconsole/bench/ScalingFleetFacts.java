package safetyconsole.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import safetyconsole.asgdrift.ScalingGroupFacts;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;
import safetyconsole.testing.TestArns;
import safetyconsole.testing.TestClocks;

/**
 * What a read of an account's Auto Scaling groups gives, generated: each group launches from its own template of
 * three versions (1: app; 2: app, mon; 3: app, mon, log), names the default (2), so the latest adds a group it does
 * not use; of every ten instances one was launched from version 1 and lacks mon, one from version 1 but has mon,
 * one has a group added by hand, seven are in sync.
 */
final class ScalingFleetFacts {

    private static final String REGION = "us-east-1";

    private ScalingFleetFacts() {
    }

    static List<ScalingGroupFacts> generate(int groupCount, int instancesPerGroup) {
        List<ScalingGroupFacts> facts = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            facts.add(group(g, instancesPerGroup));
        }
        return facts;
    }

    private static ScalingGroupFacts group(int g, int instanceCount) {
        String prefix = String.format(Locale.ROOT, "%05d", g);
        String templateId = "lt-" + prefix;
        String app = "sg-" + prefix + "app";
        String mon = "sg-" + prefix + "mon";
        String log = "sg-" + prefix + "log";
        List<LaunchTemplateVersion> versions = List.of(version(templateId, 1, app), version(templateId, 2, app, mon),
                version(templateId, 3, app, mon, log));
        List<AutoScalingInstance> instances = new ArrayList<>(instanceCount);
        List<TaggedEc2Instance> ec2 = new ArrayList<>(instanceCount);
        for (int i = 0; i < instanceCount; i++) {
            String id = String.format(Locale.ROOT, "i-%05d%06d", g, i);
            instances.add(new AutoScalingInstance(id, "m5.large", AutoScalingLifecycleState.IN_SERVICE, false));
            ec2.add(switch (i % 10) {
                case 0 -> ec2(id, templateId, "1", app);
                case 1 -> ec2(id, templateId, "1", app, mon);
                case 2 -> ec2(id, templateId, "2", app, mon, "sg-" + prefix + "hotfix");
                default -> ec2(id, templateId, "2", app, mon);
            });
        }
        String name = "bench-" + prefix + "-asg";
        AutoScalingGroup group = new AutoScalingGroup(name, TestArns.group(REGION, name), REGION,
                Optional.of(LaunchTemplateSpec.byId(templateId, LaunchTemplateSpec.DEFAULT)), Optional.empty(),
                instanceCount, 0, instanceCount * 2, Map.of(), UpdatePolicyPresence.UNKNOWN, instances);
        return new ScalingGroupFacts(group, List.of(new LaunchTemplate(templateId, "bench-" + prefix + "-lt", 2, 3)),
                versions, List.of(), ec2, List.of());
    }

    private static LaunchTemplateVersion version(String templateId, long number, String... groupIds) {
        return new LaunchTemplateVersion(templateId, number, List.of(groupIds), List.of(), List.of());
    }

    private static TaggedEc2Instance ec2(String id, String templateId, String version, String... groupIds) {
        List<GroupRef> groups = new ArrayList<>();
        for (String groupId : groupIds) {
            groups.add(new GroupRef(groupId, "name-of-" + groupId));
        }
        return new TaggedEc2Instance(new Ec2Instance(id, Ec2State.RUNNING, "vpc-bench", RootDeviceType.EBS, groups,
                "10.0.0.1", null, TestClocks.NOW), Map.of(TaggedEc2Instance.LAUNCH_TEMPLATE_ID_TAG, templateId,
                TaggedEc2Instance.LAUNCH_TEMPLATE_VERSION_TAG, version));
    }
}
