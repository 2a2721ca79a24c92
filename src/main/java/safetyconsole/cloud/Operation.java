package safetyconsole.cloud;

/**
 * The mutating calls of {@link CloudOperations}; a {@link Confirmation} covers exactly one of them. What the
 * user chooses (a plan's operation) lives in the guard and may make several of these calls.
 */
public enum Operation {
    START_INSTANCE("instance", "opsworks:StartInstance"),
    STOP_INSTANCE("instance", "opsworks:StopInstance"),
    REBOOT_INSTANCE("instance", "opsworks:RebootInstance"),
    DELETE_INSTANCE("instance", "opsworks:DeleteInstance"),
    DELETE_LAYER("layer", "opsworks:DeleteLayer"),
    DELETE_APP("app", "opsworks:DeleteApp"),
    DELETE_STACK("stack", "opsworks:DeleteStack"),
    /** EC2 ModifyInstanceAttribute(Groups): replaces a running instance's groups. */
    MODIFY_INSTANCE_GROUPS("instance", "ec2:ModifyInstanceAttribute"),
    /** OpsWorks UpdateLayer(CustomSecurityGroupIds): reaches new instances only. */
    UPDATE_LAYER_GROUPS("layer", "opsworks:UpdateLayer"),
    /** Replaces, with SkipMatching, only the instances launched from another template or version. */
    START_INSTANCE_REFRESH("group", "autoscaling:StartInstanceRefresh"),
    CANCEL_INSTANCE_REFRESH("group", "autoscaling:CancelInstanceRefresh"),
    /** A decrease terminates instances, chosen by the group's termination policy. */
    SET_DESIRED_CAPACITY("group", "autoscaling:SetDesiredCapacity"),
    TERMINATE_INSTANCE_IN_GROUP("instance", "autoscaling:TerminateInstanceInAutoScalingGroup"),
    /** EC2 ModifyInstanceAttribute(Groups) on an instance of a group: the next replacement drops it. */
    HOTFIX_INSTANCE_GROUPS("instance", "ec2:ModifyInstanceAttribute"),
    DELETE_AUTO_SCALING_GROUP("group", "autoscaling:DeleteAutoScalingGroup"),
    DELETE_CLOUDFORMATION_STACK("stack", "cloudformation:DeleteStack"),
    /** Systems Manager SendCommand(AWS-RunShellScript): a script run as root on an instance of a group. */
    SEND_RUN_SHELL_SCRIPT("instance", "ssm:SendCommand");

    private final String noun;
    private final String iamAction;

    Operation(String noun, String iamAction) {
        this.noun = noun;
        this.iamAction = iamAction;
    }

    /** What it acts on, singular: "instance", "layer", "app", "stack", "group". */
    public String noun() {
        return noun;
    }

    /** The IAM action a policy must allow for this call, e.g. {@code opsworks:DeleteInstance}. */
    public String iamAction() {
        return iamAction;
    }
}
