package safetyconsole.cloud.aws;

import java.util.Optional;

import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;

/** One Auto Scaling group as Auto Scaling has it now, by name: for re-verification and before every change. */
final class AutoScalingGroupsByName {

    private AutoScalingGroupsByName() {
    }

    /** Empty when no group of that name is left in {@code region}. */
    static Optional<AutoScalingGroup> read(AwsClients clients, AwsRequests requests, String region,
                                           String groupName) {
        return requests.call("autoscaling:DescribeAutoScalingGroups", groupName + " in " + region,
                () -> clients.autoScaling(region).describeAutoScalingGroups(r -> r.autoScalingGroupNames(groupName))
                        .autoScalingGroups().stream().filter(g -> groupName.equals(g.autoScalingGroupName()))
                        .findFirst());
    }
}
