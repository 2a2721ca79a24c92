package safetyconsole.cloud.demo;

/** The calls the demo account counts and can slow down or fail. */
public enum DemoOperation {
    GET_CALLER_IDENTITY,
    LIST_ACCOUNT_ALIASES,
    DESCRIBE_STACKS,
    DESCRIBE_LAYERS,
    DESCRIBE_INSTANCES,
    DESCRIBE_APPS,
    DESCRIBE_EC2_INSTANCES,
    DESCRIBE_SECURITY_GROUPS,
    LOOKUP_TRAIL_EVENTS,
    START_INSTANCE,
    STOP_INSTANCE,
    REBOOT_INSTANCE,
    DELETE_INSTANCE,
    DELETE_LAYER,
    DELETE_APP,
    DELETE_STACK,
    MODIFY_INSTANCE_GROUPS,
    UPDATE_LAYER_GROUPS;

    /** The demo operation that carries out a port operation, for counting and fault injection. */
    static DemoOperation of(safetyconsole.cloud.Operation operation) {
        return valueOf(operation.name());
    }
}
