package safetyconsole.cloud.demo;

import safetyconsole.cloud.Operation;

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
    UPDATE_LAYER_GROUPS,
    START_INSTANCE_REFRESH,
    CANCEL_INSTANCE_REFRESH,
    SET_DESIRED_CAPACITY,
    TERMINATE_INSTANCE_IN_GROUP,
    HOTFIX_INSTANCE_GROUPS,
    DELETE_AUTO_SCALING_GROUP,
    DELETE_CLOUDFORMATION_STACK;

    /** The demo operation that carries out a port operation, for counting and fault injection. */
    static DemoOperation of(Operation operation) {
        return switch (operation) {
            case START_INSTANCE -> START_INSTANCE;
            case STOP_INSTANCE -> STOP_INSTANCE;
            case REBOOT_INSTANCE -> REBOOT_INSTANCE;
            case DELETE_INSTANCE -> DELETE_INSTANCE;
            case DELETE_LAYER -> DELETE_LAYER;
            case DELETE_APP -> DELETE_APP;
            case DELETE_STACK -> DELETE_STACK;
            case MODIFY_INSTANCE_GROUPS -> MODIFY_INSTANCE_GROUPS;
            case UPDATE_LAYER_GROUPS -> UPDATE_LAYER_GROUPS;
            case START_INSTANCE_REFRESH -> START_INSTANCE_REFRESH;
            case CANCEL_INSTANCE_REFRESH -> CANCEL_INSTANCE_REFRESH;
            case SET_DESIRED_CAPACITY -> SET_DESIRED_CAPACITY;
            case TERMINATE_INSTANCE_IN_GROUP -> TERMINATE_INSTANCE_IN_GROUP;
            case HOTFIX_INSTANCE_GROUPS -> HOTFIX_INSTANCE_GROUPS;
            case DELETE_AUTO_SCALING_GROUP -> DELETE_AUTO_SCALING_GROUP;
            case DELETE_CLOUDFORMATION_STACK -> DELETE_CLOUDFORMATION_STACK;
        };
    }
}
