package safetyconsole.cloud.demo;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;

/**
 * The demo account's EC2 side: EC2 instances and security groups, each in its region, Elastic IPs and EBS
 * volumes. It knows EC2's own behaviour only; which of these calls OpsWorks makes, and when, is up to
 * {@link DemoWorld}'s rules.
 */
final class DemoEc2 {

    private final DemoIds ids;
    private final Map<String, Ec2Instance> instances = new LinkedHashMap<>();
    private final Map<String, String> instanceRegions = new LinkedHashMap<>();
    private final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
    private final Map<String, String> groupRegions = new LinkedHashMap<>();
    private final Map<String, String> elasticIps = new LinkedHashMap<>();
    private final Map<String, String> volumes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> tags = new LinkedHashMap<>();

    DemoEc2(DemoIds ids) {
        this.ids = ids;
    }

    // --- instances -----------------------------------------------------------------------------

    /** RunInstances: a new running EC2 instance in the stack's VPC, with the given groups. */
    Ec2Instance launch(Stack stack, RootDeviceType rootDeviceType, List<GroupRef> groupRefs, Instant launchTime) {
        return launch(stack.region(), vpcOf(stack), rootDeviceType, groupRefs, Map.of(), launchTime);
    }

    /** RunInstances in a VPC of a region, with the given groups and tags. */
    Ec2Instance launch(String region, String vpcId, RootDeviceType rootDeviceType, List<GroupRef> groupRefs,
                       Map<String, String> instanceTags, Instant launchTime) {
        Ec2Instance launched = put(new Ec2Instance(ids.ec2InstanceId(), Ec2State.RUNNING, vpcId, rootDeviceType,
                groupRefs, ids.privateIp(), ids.publicIp(), launchTime), region);
        tags.put(launched.id(), Map.copyOf(instanceTags));
        return launched;
    }

    /** StartInstances: the same EC2 instance running again, with its groups and a new public address. */
    Ec2Instance restart(Ec2Instance stopped, String region, Instant launchTime) {
        return put(stopped.withState(Ec2State.RUNNING).withPublicIp(ids.publicIp()).withLaunchTime(launchTime),
                region);
    }

    /** StopInstances: an EBS-backed instance keeps its id and groups but loses its public address. */
    Ec2Instance stop(String ec2Id) {
        Ec2Instance stopped = instances.get(ec2Id).withState(Ec2State.STOPPED).withPublicIp(null);
        instances.put(stopped.id(), stopped);
        return stopped;
    }

    /** TerminateInstances; returns the region the instance was in. */
    String terminate(String ec2Id) {
        instances.remove(ec2Id);
        tags.remove(ec2Id);
        return instanceRegions.remove(ec2Id);
    }

    /** ModifyInstanceAttribute(Groups), groups already checked with {@link #requireGroupsIn}. */
    void replaceGroups(String ec2Id, List<String> groupIds) {
        instances.put(ec2Id, instances.get(ec2Id).withSecurityGroups(refs(groupIds)));
    }

    /** CreateTags: adds to the instance's tags, replacing a value of the same key. */
    void tag(String ec2Id, String key, String value) {
        Map<String, String> updated = new LinkedHashMap<>(tagsOf(ec2Id));
        updated.put(key, value);
        tags.put(ec2Id, Map.copyOf(updated));
    }

    Map<String, String> tagsOf(String ec2Id) {
        return tags.getOrDefault(ec2Id, Map.of());
    }

    Optional<Ec2Instance> find(String ec2Id) {
        return Optional.ofNullable(instances.get(ec2Id));
    }

    List<Ec2Instance> instances(String region, Collection<String> ec2Ids) {
        return ec2Ids.stream()
                .distinct()
                .filter(id -> region.equals(instanceRegions.get(id)))
                .map(instances::get)
                .collect(Collectors.toList());
    }

    private Ec2Instance put(Ec2Instance instance, String region) {
        instances.put(instance.id(), instance);
        instanceRegions.put(instance.id(), region);
        return instance;
    }

    // --- security groups -----------------------------------------------------------------------

    /** A group in the stack's VPC and region. */
    SecurityGroup addSecurityGroup(Stack stack, String name, String description) {
        return addSecurityGroup(stack.region(), vpcOf(stack), name, description);
    }

    SecurityGroup addSecurityGroup(String region, String vpcId, String name, String description) {
        SecurityGroup group = new SecurityGroup(ids.securityGroupId(), name, vpcId, description);
        groups.put(group.id(), group);
        groupRegions.put(group.id(), region);
        return group;
    }

    /** Deleting a group in EC2 leaves its id dangling in layers that still name it, as in AWS. */
    void deleteSecurityGroup(String groupId) {
        if (groups.remove(groupId) == null) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "No security group with id " + groupId);
        }
        groupRegions.remove(groupId);
    }

    List<SecurityGroup> securityGroups(String region, String vpcId) {
        return groups.values().stream()
                .filter(group -> region.equals(groupRegions.get(group.id())))
                .filter(group -> Objects.equals(group.vpcId(), vpcId))
                .collect(Collectors.toList());
    }

    /** The groups still in EC2 among these ids, once each, named; a deleted group cannot be attached. */
    List<GroupRef> refs(Collection<String> groupIds) {
        return groupIds.stream()
                .distinct()
                .filter(groups::containsKey)
                .map(id -> new GroupRef(id, groups.get(id).name()))
                .collect(Collectors.toList());
    }

    /** EC2's InvalidGroup.NotFound: every id must be a group of the stack's VPC in its region. */
    void requireGroupsIn(Stack stack, List<String> groupIds) {
        requireGroupsIn(stack.region(), vpcOf(stack), groupIds);
    }

    void requireGroupsIn(String region, String vpcId, List<String> groupIds) {
        Set<String> known = securityGroups(region, vpcId).stream().map(SecurityGroup::id)
                .collect(Collectors.toSet());
        for (String id : groupIds) {
            if (!known.contains(id)) {
                throw new CloudException(CloudException.Kind.INVALID_INPUT,
                        "The security group " + id + " does not exist in " + vpcId);
            }
        }
    }

    /** OpsWorks creates a built-in group in the stack's VPC the first time the stack needs it. */
    void ensureBuiltInGroup(Stack stack, String name) {
        boolean exists = groupsOf(stack).stream().anyMatch(g -> g.name().equals(name));
        if (!exists) {
            addSecurityGroup(stack, name, "AWS OpsWorks built-in group");
        }
    }

    private List<SecurityGroup> groupsOf(Stack stack) {
        return securityGroups(stack.region(), vpcOf(stack));
    }

    /** Every demo stack is in a VPC, as every stack made since EC2-Classic ended. */
    private static String vpcOf(Stack stack) {
        return stack.vpc().orElseThrow();
    }

    String builtInGroupId(Stack stack, String name) {
        return groupsOf(stack).stream()
                .filter(group -> group.name().equals(name))
                .map(SecurityGroup::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Built-in group " + name + " missing"));
    }

    // --- Elastic IPs and volumes ---------------------------------------------------------------

    /** Allocates a new Elastic IP associated with the instance; returns its address. */
    String allocateElasticIp(String instanceId) {
        String address = ids.publicIp();
        elasticIps.put(address, instanceId);
        return address;
    }

    /** The instance is gone: its Elastic IP is released, or stays allocated but unassociated. */
    void leaveElasticIp(String address, boolean release) {
        if (release) {
            elasticIps.remove(address);
        } else {
            elasticIps.put(address, null);
        }
    }

    void createVolume(String instanceId) {
        volumes.put(ids.volumeId(), instanceId);
    }

    /** The instance is gone: its volumes are deleted, or stay behind detached. */
    void leaveVolumes(String instanceId, boolean delete) {
        volumes.replaceAll((volume, owner) -> instanceId.equals(owner) && !delete ? null : owner);
        volumes.values().removeIf(instanceId::equals);
    }

    /** Allocated Elastic IPs and the instance each is associated with (null: unassociated). */
    Map<String, String> elasticIps() {
        return Collections.unmodifiableMap(elasticIps);
    }

    /** EBS volumes and the instance each belongs to (null: left behind, detached). */
    Map<String, String> volumes() {
        return Collections.unmodifiableMap(volumes);
    }
}
