package safetyconsole.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpsWorks instance. {@code ec2Id} is absent until OpsWorks has launched an EC2 instance
 * (and again after an instance-store instance stopped). {@code securityGroupIds} is OpsWorks' own view,
 * which can differ from what EC2 reports.
 */
public record Instance(
        String id,
        String stackId,
        String hostname,
        InstanceStatus status,
        List<String> layerIds,
        Optional<String> ec2Id,
        RootDeviceType rootDeviceType,
        String instanceType,
        String availabilityZone,
        String privateIp,
        String publicIp,
        Optional<String> elasticIpAddress,
        List<String> securityGroupIds,
        Instant createdAt) {

    public Instance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stackId, "stackId");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ec2Id, "ec2Id");
        Objects.requireNonNull(rootDeviceType, "rootDeviceType");
        Objects.requireNonNull(elasticIpAddress, "elasticIpAddress");
        layerIds = List.copyOf(layerIds);
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    public Instance withStackId(String newStackId) {
        return new Instance(id, newStackId, hostname, status, layerIds, ec2Id, rootDeviceType, instanceType,
                availabilityZone, privateIp, publicIp, elasticIpAddress, securityGroupIds, createdAt);
    }

    public Instance withStatus(InstanceStatus newStatus) {
        return new Instance(id, stackId, hostname, newStatus, layerIds, ec2Id, rootDeviceType, instanceType,
                availabilityZone, privateIp, publicIp, elasticIpAddress, securityGroupIds, createdAt);
    }

    /** The EC2 instance behind it, as one change: its id, addresses and groups belong together. */
    public Instance withEc2(String newEc2Id, String newPrivateIp, String newPublicIp,
                            List<String> newSecurityGroupIds) {
        return new Instance(id, stackId, hostname, status, layerIds, Optional.of(newEc2Id), rootDeviceType,
                instanceType, availabilityZone, newPrivateIp, newPublicIp, elasticIpAddress, newSecurityGroupIds,
                createdAt);
    }

    /** Without an EC2 instance it has no addresses either; OpsWorks keeps its own list of groups. */
    public Instance withoutEc2() {
        return new Instance(id, stackId, hostname, status, layerIds, Optional.empty(), rootDeviceType, instanceType,
                availabilityZone, null, null, elasticIpAddress, securityGroupIds, createdAt);
    }

    /** An associated Elastic IP is also the public address; {@code null} disassociates it, leaving none. */
    public Instance withElasticIp(String address) {
        return new Instance(id, stackId, hostname, status, layerIds, ec2Id, rootDeviceType, instanceType,
                availabilityZone, privateIp, address, Optional.ofNullable(address), securityGroupIds, createdAt);
    }
}
