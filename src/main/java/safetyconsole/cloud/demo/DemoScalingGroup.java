package safetyconsole.cloud.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.UpdatePolicyPresence;

/**
 * One Auto Scaling group of the demo account as Auto Scaling keeps it: capacity, launch template spec, tags (those
 * CloudFormation adds included) and its instances, each with the template version it was launched from. The
 * rules that change it are {@link DemoScaling}'s. Every instance is InService: the demo has no warm-up.
 */
final class DemoScalingGroup {

    /** An instance of the group; {@code launchedFrom} is the version number of {@code templateId}. */
    record Member(String ec2Id, String instanceType, String templateId, long launchedFrom, Instant launchTime,
                  boolean protectedFromScaleIn) {

        Member protectFromScaleIn() {
            return new Member(ec2Id, instanceType, templateId, launchedFrom, launchTime, true);
        }
    }

    private final String name;
    private final String arn;
    private final String region;
    private final String vpcId;
    private final Map<String, String> tags;
    private final UpdatePolicyPresence updatePolicy;
    private final int minSize;
    private final int maxSize;
    private final List<Member> members = new ArrayList<>();
    private LaunchTemplateSpec launchTemplate;
    private int desiredCapacity;

    DemoScalingGroup(String name, String arn, String region, String vpcId, LaunchTemplateSpec launchTemplate,
                     int minSize, int maxSize, Map<String, String> tags, UpdatePolicyPresence updatePolicy) {
        this.name = name;
        this.arn = arn;
        this.region = region;
        this.vpcId = vpcId;
        this.launchTemplate = launchTemplate;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.tags = Map.copyOf(tags);
        this.updatePolicy = updatePolicy;
    }

    AutoScalingGroup describe() {
        List<AutoScalingInstance> instances = members.stream().map(member -> new AutoScalingInstance(member.ec2Id(),
                member.instanceType(), AutoScalingLifecycleState.IN_SERVICE, member.protectedFromScaleIn())).toList();
        return new AutoScalingGroup(name, arn, region, Optional.of(launchTemplate), Optional.empty(), desiredCapacity,
                minSize, maxSize, tags, updatePolicy, instances);
    }

    String name() {
        return name;
    }

    String arn() {
        return arn;
    }

    String region() {
        return region;
    }

    String vpcId() {
        return vpcId;
    }

    Map<String, String> tags() {
        return tags;
    }

    LaunchTemplateSpec launchTemplate() {
        return launchTemplate;
    }

    /** UpdateAutoScalingGroup(LaunchTemplate): reaches instances launched from now on only. */
    void useLaunchTemplate(LaunchTemplateSpec spec) {
        launchTemplate = spec;
    }

    int minSize() {
        return minSize;
    }

    int maxSize() {
        return maxSize;
    }

    int desiredCapacity() {
        return desiredCapacity;
    }

    void setDesiredCapacity(int capacity) {
        desiredCapacity = capacity;
    }

    List<Member> members() {
        return List.copyOf(members);
    }

    Optional<Member> member(String ec2Id) {
        return members.stream().filter(member -> member.ec2Id().equals(ec2Id)).findFirst();
    }

    void add(Member member) {
        members.add(member);
    }

    void remove(String ec2Id) {
        members.removeIf(member -> member.ec2Id().equals(ec2Id));
    }

    void replace(Member member) {
        members.replaceAll(old -> old.ec2Id().equals(member.ec2Id()) ? member : old);
    }
}
