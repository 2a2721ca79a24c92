package safetyconsole.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The EC2 side of an instance: the truth about its security groups. */
public record Ec2Instance(
        String id,
        Ec2State state,
        String vpcId,
        RootDeviceType rootDeviceType,
        List<GroupRef> securityGroups,
        String privateIp,
        String publicIp,
        Instant launchTime) {

    public Ec2Instance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        securityGroups = List.copyOf(securityGroups);
    }

    public Ec2Instance withState(Ec2State newState) {
        return new Ec2Instance(id, newState, vpcId, rootDeviceType, securityGroups, privateIp, publicIp, launchTime);
    }

    /** {@code null} when it has none, as when stopped. */
    public Ec2Instance withPublicIp(String newPublicIp) {
        return new Ec2Instance(id, state, vpcId, rootDeviceType, securityGroups, privateIp, newPublicIp, launchTime);
    }

    public Ec2Instance withLaunchTime(Instant newLaunchTime) {
        return new Ec2Instance(id, state, vpcId, rootDeviceType, securityGroups, privateIp, publicIp, newLaunchTime);
    }

    public Ec2Instance withSecurityGroups(List<GroupRef> groups) {
        return new Ec2Instance(id, state, vpcId, rootDeviceType, groups, privateIp, publicIp, launchTime);
    }
}
