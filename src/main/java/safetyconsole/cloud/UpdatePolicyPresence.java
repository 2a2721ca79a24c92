package safetyconsole.cloud;

/** Whether the CloudFormation template declares an UpdatePolicy on the group, which replaces its instances. */
public enum UpdatePolicyPresence {
    PRESENT,
    ABSENT,
    /** The stack's template was not read (or the group is not in a stack). */
    UNKNOWN
}
