package safetyconsole.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The EC2 side of an instance: the truth about its security groups. */
public record Ec2Instance(
        String id,
        String state,
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
}
