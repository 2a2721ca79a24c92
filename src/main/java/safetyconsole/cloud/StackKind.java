package safetyconsole.cloud;

/**
 * What holds a stack, and so which calls read and change it. The migrated kinds are what OpsWorks users moved to
 * after its end of life (and what teams that never used OpsWorks run anyway).
 */
public enum StackKind {
    /** An OpsWorks stack: layers, instances and apps. */
    OPSWORKS,
    /** A CloudFormation stack holding one or more Auto Scaling groups (a migrated OpsWorks layer, or any). */
    CLOUDFORMATION,
    /** An Auto Scaling group that no CloudFormation stack owns: the group is the stack. */
    AUTO_SCALING_GROUP
}
