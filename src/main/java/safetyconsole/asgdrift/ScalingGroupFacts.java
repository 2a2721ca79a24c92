package safetyconsole.asgdrift;

import java.util.List;
import java.util.Objects;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.TaggedEc2Instance;

/**
 * What was read about one group: the launch templates and versions it names (a template or version missing here
 * could not be read), for NOT_USED also the templates' latest versions, the default VPC's security groups (to
 * resolve names), EC2's view of its instances, and its instance refreshes, newest first as Auto Scaling lists them.
 */
public record ScalingGroupFacts(
        AutoScalingGroup group,
        List<LaunchTemplate> templates,
        List<LaunchTemplateVersion> versions,
        List<SecurityGroup> defaultVpcGroups,
        List<TaggedEc2Instance> ec2Instances,
        List<InstanceRefresh> refreshes) {

    public ScalingGroupFacts {
        Objects.requireNonNull(group, "group");
        templates = List.copyOf(templates);
        versions = List.copyOf(versions);
        defaultVpcGroups = List.copyOf(defaultVpcGroups);
        ec2Instances = List.copyOf(ec2Instances);
        refreshes = List.copyOf(refreshes);
    }
}
