package safetyconsole.attribution;

import java.util.Objects;

/** The instance whose history is wanted: its OpsWorks id, its EC2 id, and where its stack's EC2 calls happen. */
public record AttributionTarget(String opsworksInstanceId, String ec2InstanceId, String hostname, String stackRegion) {

    public AttributionTarget {
        Objects.requireNonNull(opsworksInstanceId, "opsworksInstanceId");
        Objects.requireNonNull(ec2InstanceId, "ec2InstanceId");
        Objects.requireNonNull(stackRegion, "stackRegion");
    }
}
