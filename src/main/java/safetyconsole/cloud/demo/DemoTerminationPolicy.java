package safetyconsole.cloud.demo;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import safetyconsole.cloud.LaunchTemplateVersion;

/**
 * Which instances a scale-in terminates: Auto Scaling's default termination policy without the Availability Zone
 * balancing and the billing hour (the demo has one zone and no bill). Spared instances are never chosen; of the
 * others, those launched from another template go first, then those from the oldest version, then the oldest
 * launches (decision 0022).
 */
final class DemoTerminationPolicy {

    private DemoTerminationPolicy() {
    }

    static List<DemoScalingGroup.Member> choose(List<DemoScalingGroup.Member> members, int count,
                                                LaunchTemplateVersion inUse,
                                                Predicate<DemoScalingGroup.Member> spared) {
        Comparator<DemoScalingGroup.Member> order = Comparator
                .comparing((DemoScalingGroup.Member member) -> member.templateId().equals(inUse.templateId()))
                .thenComparingLong(DemoScalingGroup.Member::launchedFrom)
                .thenComparing(DemoScalingGroup.Member::launchTime)
                .thenComparing(DemoScalingGroup.Member::ec2Id);
        return members.stream().filter(spared.negate()).sorted(order).limit(Math.max(0, count)).toList();
    }
}
