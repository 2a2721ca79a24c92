package safetyconsole.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpsWorks instance. {@code ec2InstanceId} is absent until OpsWorks has launched an EC2 instance
 * (and again after an instance-store instance stopped). {@code securityGroupIds} is OpsWorks' own view,
 * which can differ from what EC2 reports.
 */
public record Instance(
        String id,
        String stackId,
        String hostname,
        InstanceStatus status,
        List<String> layerIds,
        String ec2InstanceId,
        RootDeviceType rootDeviceType,
        String instanceType,
        String availabilityZone,
        String privateIp,
        String publicIp,
        String elasticIp,
        List<String> securityGroupIds,
        Instant createdAt) {

    public Instance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stackId, "stackId");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rootDeviceType, "rootDeviceType");
        layerIds = List.copyOf(layerIds);
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    public Optional<String> ec2Id() {
        return Optional.ofNullable(ec2InstanceId);
    }

    public Optional<String> elasticIpAddress() {
        return Optional.ofNullable(elasticIp);
    }
}
