package safetyconsole.cloud;

import java.util.Collection;
import java.util.List;

/**
 * What the console reads about Auto Scaling groups on launch templates (the stacks migrated off OpsWorks), apart
 * from the OpsWorks {@link CloudAccount}: each provider family is read on its own. Blocking, safe to call from
 * several threads; every failure is a {@link CloudException} with its kind.
 */
public interface ScalingGroupReads {

    /** Every Auto Scaling group of {@code region}, with its instances, over all pages. */
    List<AutoScalingGroup> describeAutoScalingGroups(String region);

    /** The launch template {@code spec} names (by id, else by name); its version does not matter here. */
    LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec);

    /** One version of a launch template, with the security groups it gives new instances. */
    LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId, long versionNumber);

    /**
     * EC2's view of at most {@link CloudAccount#MAX_EC2_IDS_PER_CALL} instances, with their tags; ids EC2 no
     * longer knows are simply absent from the result.
     */
    List<TaggedEc2Instance> describeTaggedEc2Instances(String region, Collection<String> instanceIds);

    /** The instance refreshes of a group, newest first as Auto Scaling lists them. */
    List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName);
}
