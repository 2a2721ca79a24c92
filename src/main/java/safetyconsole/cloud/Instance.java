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

    public Instance withStackId(String newStackId) {
        return new Instance(id, newStackId, hostname, status, layerIds, ec2InstanceId, rootDeviceType, instanceType,
                availabilityZone, privateIp, publicIp, elasticIp, securityGroupIds, createdAt);
    }

    public Instance withStatus(InstanceStatus newStatus) {
        return new Instance(id, stackId, hostname, newStatus, layerIds, ec2InstanceId, rootDeviceType, instanceType,
                availabilityZone, privateIp, publicIp, elasticIp, securityGroupIds, createdAt);
    }

    /** The EC2 instance behind it, as one change: its id, addresses and groups belong together. */
    public Instance withEc2(String newEc2InstanceId, String newPrivateIp, String newPublicIp,
                            List<String> newSecurityGroupIds) {
        return new Instance(id, stackId, hostname, status, layerIds, newEc2InstanceId, rootDeviceType, instanceType,
                availabilityZone, newPrivateIp, newPublicIp, elasticIp, newSecurityGroupIds, createdAt);
    }

    /** An associated Elastic IP is also the public address; {@code null} disassociates it, leaving none. */
    public Instance withElasticIp(String address) {
        return new Instance(id, stackId, hostname, status, layerIds, ec2InstanceId, rootDeviceType, instanceType,
                availabilityZone, privateIp, address, address, securityGroupIds, createdAt);
    }

    public Optional<String> ec2Id() {
        return Optional.ofNullable(ec2InstanceId);
    }

    public Optional<String> elasticIpAddress() {
        return Optional.ofNullable(elasticIp);
    }
}
