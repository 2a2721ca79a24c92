package safetyconsole.cloud;

import java.util.Optional;

/**
 * The one failure type of the port. Providers translate their own errors into a {@link Kind} and the facts that
 * make the operator's sentence exact; the sentences themselves are written where they are shown (the window's, the
 * check's), whatever the provider.
 */
public final class CloudException extends RuntimeException {

    /** What went wrong; the details go to the log. */
    public enum Kind {
        ACCESS_DENIED,
        NOT_FOUND,
        THROTTLED,
        NETWORK,
        EXPIRED_CREDENTIALS,
        /** An SSO session that ended; {@link #ssoProfile()} names the profile to sign in again with. */
        SSO_LOGIN_REQUIRED,
        NO_CREDENTIALS,
        CREDENTIALS_REJECTED,
        SIGN_IN_CANCELLED,
        TIMED_OUT,
        SERVICE_ERROR,
        INVALID_INPUT,
        CONFLICT,
        /** The account does not offer the service at all; {@link #unavailableService()} names it. */
        SERVICE_UNAVAILABLE_HERE,
        UNKNOWN
    }

    private final Kind kind;
    private final String ssoProfile;
    private final String refusedAction;
    private final OptionalService unavailableService;

    public CloudException(Kind kind, String message) {
        super(message);
        this.kind = kind;
        this.ssoProfile = null;
        this.refusedAction = null;
        this.unavailableService = null;
    }

    public CloudException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null, null, null);
    }

    private CloudException(Kind kind, String message, Throwable cause, String ssoProfile, String refusedAction,
                           OptionalService unavailableService) {
        super(message, cause);
        this.kind = kind;
        this.ssoProfile = ssoProfile;
        this.refusedAction = refusedAction;
        this.unavailableService = unavailableService;
    }

    /** An SSO session of {@code profile} ended: the operator is told the command that signs in again. */
    public static CloudException ssoLoginRequired(String profile, Throwable cause) {
        return new CloudException(Kind.SSO_LOGIN_REQUIRED, "SSO session of profile " + profile + " ended", cause,
                profile, null, null);
    }

    /** AWS refused {@code action} (an IAM action such as {@code opsworks:DescribeStacks}): the operator is told it. */
    public static CloudException accessDenied(String action, String message, Throwable cause) {
        return new CloudException(Kind.ACCESS_DENIED, message, cause, null, action, null);
    }

    /** The account does not offer {@code service} (closed, not resolving, refusing, not implemented). */
    public static CloudException unavailableHere(OptionalService service, String message, Throwable cause) {
        return new CloudException(Kind.SERVICE_UNAVAILABLE_HERE, message, cause, null, null, service);
    }

    public Kind kind() {
        return kind;
    }

    /** The profile whose SSO session ended, when the kind is {@link Kind#SSO_LOGIN_REQUIRED} and it is known. */
    public Optional<String> ssoProfile() {
        return Optional.ofNullable(ssoProfile);
    }

    /** The IAM action AWS refused, when the kind is {@link Kind#ACCESS_DENIED} and it is known. */
    public Optional<String> refusedAction() {
        return Optional.ofNullable(refusedAction);
    }

    /** The service the account does not offer, when the kind is {@link Kind#SERVICE_UNAVAILABLE_HERE}. */
    public Optional<OptionalService> unavailableService() {
        return Optional.ofNullable(unavailableService);
    }
}
