package safetyconsole.cloud;

import java.util.Objects;

/** An EC2 security group. */
public record SecurityGroup(String id, String name, String vpcId, String description) {

    public SecurityGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
