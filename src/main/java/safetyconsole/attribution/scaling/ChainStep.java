package safetyconsole.attribution.scaling;

/** The links of a chain from a gone instance back to a person, in the order they are followed. */
public enum ChainStep {
    /** EC2's TerminateInstances (or StopInstances) on the instance. */
    EC2_EVENT,
    /** The group's scaling activity for the instance, with its cause. */
    SCALING_ACTIVITY,
    /** The Auto Scaling call behind the activity (SetDesiredCapacity, UpdateAutoScalingGroup, …). */
    AUTO_SCALING_CALL,
    /** CloudFormation's stack operation behind a call it made (UpdateStack, ExecuteChangeSet, DeleteStack). */
    STACK_OPERATION,
    /** The CreateChangeSet that made the change set an ExecuteChangeSet ran. */
    CHANGE_SET_CREATION,
    /** A person's own EC2 terminate or stop that the group's health check then noticed. */
    DIRECT_EC2_CALL,
    /** Who last changed the scaling policy (PutScalingPolicy) or its alarm (PutMetricAlarm). */
    POLICY_OR_ALARM_CHANGE
}
