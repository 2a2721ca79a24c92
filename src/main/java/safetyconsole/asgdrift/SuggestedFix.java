package safetyconsole.asgdrift;

/** How to give running instances the template's groups, by who owns the group. */
public enum SuggestedFix {
    /** Nothing to replace. */
    NONE,
    /** A refresh is already replacing instances: wait for it instead of starting another change. */
    WAIT_FOR_REFRESH,
    /** CloudFormation owns the group and its UpdatePolicy replaces instances: a stack update is the fix. */
    UPDATE_STACK,
    /** StartInstanceRefresh with SkipMatching: replaces only instances from another template or version. */
    START_INSTANCE_REFRESH
}
