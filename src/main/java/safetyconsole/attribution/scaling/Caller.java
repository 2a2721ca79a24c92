package safetyconsole.attribution.scaling;

/** Who a CloudTrail call names, as the chain reads it: a service role is said as such, never as the person. */
public enum Caller {
    /** A person's (or their own role's) direct call. */
    PERSON,
    /** A call CloudFormation made with the identity of the person who ran the stack operation. */
    PERSON_THROUGH_CLOUDFORMATION,
    /** A call CloudFormation made with the stack's service role (session AWSCloudFormation): the person is a hop on. */
    STACK_SERVICE_ROLE,
    /** Auto Scaling's service-linked role (AWSServiceRoleForAutoScaling): the person is a hop on. */
    AUTO_SCALING_SERVICE_ROLE;

    /** Whether this caller is the person responsible (no further hop needed). */
    public boolean isPerson() {
        return switch (this) {
            case PERSON, PERSON_THROUGH_CLOUDFORMATION -> true;
            case STACK_SERVICE_ROLE, AUTO_SCALING_SERVICE_ROLE -> false;
        };
    }
}
