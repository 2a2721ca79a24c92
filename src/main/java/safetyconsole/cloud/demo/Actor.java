package safetyconsole.cloud.demo;

/**
 * Who made an API call in the simulated account; recorded in the trail events the call produces. {@code invokedBy}
 * is the service that made the call for the person (CloudFormation during a stack operation), else null.
 */
public record Actor(String principalArn, String userName, String sourceIp, boolean mfa, String invokedBy) {

    static final String OPSWORKS_SERVICE = "opsworks.amazonaws.com";
    static final String CLOUDFORMATION_SERVICE = "cloudformation.amazonaws.com";

    /** A person's own call. */
    public Actor(String principalArn, String userName, String sourceIp, boolean mfa) {
        this(principalArn, userName, sourceIp, mfa, null);
    }

    /**
     * The calls CloudFormation makes during this person's stack operation when the stack has no service role: the
     * person's identity, CloudFormation as the caller's address and as {@code invokedBy}.
     */
    Actor throughCloudFormation() {
        return new Actor(principalArn, userName, CLOUDFORMATION_SERVICE, mfa, CLOUDFORMATION_SERVICE);
    }
}
