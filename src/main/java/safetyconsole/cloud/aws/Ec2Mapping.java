package safetyconsole.cloud.aws;

import software.amazon.awssdk.services.ec2.model.GroupIdentifier;

import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;

/** EC2 SDK models to the port's records. */
final class Ec2Mapping {

    private Ec2Mapping() {
    }

    static Ec2Instance instance(software.amazon.awssdk.services.ec2.model.Instance i) {
        Ec2State state = i.state() == null ? Ec2State.UNKNOWN : Ec2State.fromApiName(i.state().nameAsString());
        return new Ec2Instance(i.instanceId(), state, i.vpcId(),
                i.rootDeviceType() == null ? null : RootDeviceType.fromApiName(i.rootDeviceTypeAsString()),
                i.securityGroups().stream().map(Ec2Mapping::group).toList(), i.privateIpAddress(),
                i.publicIpAddress(), i.launchTime());
    }

    static SecurityGroup group(software.amazon.awssdk.services.ec2.model.SecurityGroup g) {
        return new SecurityGroup(g.groupId(), g.groupName(), g.vpcId(), g.description());
    }

    private static GroupRef group(GroupIdentifier g) {
        return new GroupRef(g.groupId(), g.groupName());
    }
}
