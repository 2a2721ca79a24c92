package safetyconsole.cloud.aws;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.autoscaling.model.Activity;
import software.amazon.awssdk.services.autoscaling.model.Instance;
import software.amazon.awssdk.services.autoscaling.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.autoscaling.model.TagDescription;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateInstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.Tag;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateNetworkInterface;
import safetyconsole.cloud.LaunchTemplateOverride;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.MixedInstancesPolicy;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;

/** Auto Scaling and EC2 launch template SDK models to the port's records. */
final class AutoScalingMapping {

    private AutoScalingMapping() {
    }

    /** The UpdatePolicy lives in the CloudFormation template, which is not read here: UNKNOWN. */
    static AutoScalingGroup group(software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup g,
                                  String region) {
        return new AutoScalingGroup(g.autoScalingGroupName(), g.autoScalingGroupARN(), region,
                spec(g.launchTemplate()), mixed(g), orZero(g.desiredCapacity()), orZero(g.minSize()),
                orZero(g.maxSize()),
                g.tags().stream().collect(Collectors.toMap(TagDescription::key,
                        tag -> tag.value() == null ? "" : tag.value(), (a, b) -> a)),
                UpdatePolicyPresence.UNKNOWN, g.instances().stream().map(AutoScalingMapping::instance).toList());
    }

    /**
     * Auto Scaling may answer an empty mixed instances policy for a group that has none (moto does): only one with
     * a launch template specification counts.
     */
    private static Optional<MixedInstancesPolicy> mixed(
            software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup g) {
        if (g.mixedInstancesPolicy() == null || g.mixedInstancesPolicy().launchTemplate() == null) {
            return Optional.empty();
        }
        var launchTemplate = g.mixedInstancesPolicy().launchTemplate();
        return spec(launchTemplate.launchTemplateSpecification()).map(spec -> new MixedInstancesPolicy(spec,
                launchTemplate.overrides().stream().map(override -> new LaunchTemplateOverride(
                        String.valueOf(override.instanceType()), spec(override.launchTemplateSpecification())))
                        .toList()));
    }

    private static Optional<LaunchTemplateSpec> spec(LaunchTemplateSpecification spec) {
        if (spec == null || spec.launchTemplateId() == null && spec.launchTemplateName() == null) {
            return Optional.empty();
        }
        return Optional.of(new LaunchTemplateSpec(Optional.ofNullable(spec.launchTemplateId()),
                Optional.ofNullable(spec.launchTemplateName()), Optional.ofNullable(spec.version())));
    }

    private static AutoScalingInstance instance(Instance i) {
        return new AutoScalingInstance(i.instanceId(), i.instanceType() == null ? "" : i.instanceType(),
                AutoScalingLifecycleState.fromApiName(i.lifecycleStateAsString()),
                Boolean.TRUE.equals(i.protectedFromScaleIn()));
    }

    static LaunchTemplate template(software.amazon.awssdk.services.ec2.model.LaunchTemplate t) {
        return new LaunchTemplate(t.launchTemplateId(), t.launchTemplateName(), orZero(t.defaultVersionNumber()),
                orZero(t.latestVersionNumber()));
    }

    static LaunchTemplateVersion version(software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion v) {
        var data = v.launchTemplateData();
        if (data == null) {
            return new LaunchTemplateVersion(v.launchTemplateId(), orZero(v.versionNumber()), List.of(), List.of(),
                    List.of());
        }
        return new LaunchTemplateVersion(v.launchTemplateId(), orZero(v.versionNumber()), data.securityGroupIds(),
                data.securityGroups(), data.networkInterfaces().stream().map(AutoScalingMapping::networkInterface)
                .toList(), Optional.ofNullable(data.userData()));
    }

    /** Without a device index the interface is the primary one, as EC2 takes it. */
    private static LaunchTemplateNetworkInterface networkInterface(
            LaunchTemplateInstanceNetworkInterfaceSpecification nic) {
        return new LaunchTemplateNetworkInterface(nic.deviceIndex() == null ? 0 : nic.deviceIndex(), nic.groups());
    }

    static TaggedEc2Instance taggedInstance(software.amazon.awssdk.services.ec2.model.Instance i) {
        return new TaggedEc2Instance(Ec2Mapping.instance(i), i.tags().stream().collect(Collectors.toMap(Tag::key,
                tag -> tag.value() == null ? "" : tag.value(), (a, b) -> a)));
    }

    static InstanceRefresh refresh(software.amazon.awssdk.services.autoscaling.model.InstanceRefresh r) {
        return new InstanceRefresh(r.instanceRefreshId(), r.autoScalingGroupName(),
                InstanceRefreshStatus.fromApiName(r.statusAsString()),
                r.percentageComplete() == null ? OptionalInt.empty() : OptionalInt.of(r.percentageComplete()),
                Optional.ofNullable(r.startTime()), Optional.ofNullable(r.statusReason()));
    }

    /**
     * An activity as the port keeps it; one without an id or start time cannot be placed in a chain and is left
     * out (the chain then names its link missing), never guessed.
     */
    static Optional<ScalingActivity> activity(Activity a, String groupName) {
        if (a.activityId() == null || a.startTime() == null) {
            return Optional.empty();
        }
        return Optional.of(new ScalingActivity(a.activityId(),
                a.autoScalingGroupName() == null ? groupName : a.autoScalingGroupName(), orEmpty(a.description()),
                orEmpty(a.cause()), a.startTime(), Optional.ofNullable(a.endTime()), orEmpty(a.statusCodeAsString())));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
