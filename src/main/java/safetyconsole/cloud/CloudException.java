package safetyconsole.cloud;

/**
 * The one failure type of the port. Providers translate their own errors into a {@link Kind}
 * so that the user sees one plain sentence per kind, whatever the provider.
 */
public final class CloudException extends RuntimeException {

    /** What went wrong, each with the one sentence the operator sees (the details go to the log). */
    public enum Kind {
        ACCESS_DENIED("AWS refused the request: your credentials lack the permission for it."),
        NOT_FOUND("It is no longer there; someone may have deleted it. Refresh (F5) to see the current state."),
        THROTTLED("AWS is throttling requests right now; wait a moment, then refresh (F5)."),
        NETWORK("AWS could not be reached; check the network connection, then refresh (F5)."),
        EXPIRED_CREDENTIALS("Your AWS credentials have expired; sign in again, then refresh (F5)."),
        /** An SSO session that ended; {@link #userMessage()} names the exact {@code aws sso login} to run. */
        SSO_LOGIN_REQUIRED("Your AWS SSO sign-in has expired; run aws sso login for this profile, then refresh (F5)."),
        NO_CREDENTIALS("No AWS credentials were found for this profile; set them up with aws configure, or pick"
                + " another profile."),
        CREDENTIALS_REJECTED("AWS does not accept these credentials; check the profile's keys, or pick another"
                + " profile."),
        SIGN_IN_CANCELLED("Signing in was cancelled; nothing was read or changed."),
        TIMED_OUT("AWS did not answer in time; check the network connection, then refresh (F5)."),
        SERVICE_ERROR("AWS had an internal error; wait a moment, then refresh (F5)."),
        INVALID_INPUT("AWS rejected the request as invalid; the details are in the log."),
        CONFLICT("It is in a state that does not allow this; refresh (F5) to see its current state."),
        UNKNOWN("Something went wrong talking to AWS; the details are in the log.");

        private final String sentence;

        Kind(String sentence) {
            this.sentence = sentence;
        }

        public String sentence() {
            return sentence;
        }
    }

    private final Kind kind;
    /** What makes the sentence exact, where the kind uses one: the SSO profile, or the refused IAM action. */
    private final String detail;

    public CloudException(Kind kind, String message) {
        super(message);
        this.kind = kind;
        this.detail = null;
    }

    /** An SSO session of {@code profile} ended: the user message names the command that signs in again. */
    public static CloudException ssoLoginRequired(String profile, Throwable cause) {
        return new CloudException(Kind.SSO_LOGIN_REQUIRED, "SSO session of profile " + profile + " ended", cause,
                profile);
    }

    /** AWS refused {@code action} (an IAM action such as {@code opsworks:DescribeStacks}): the sentence names it. */
    public static CloudException accessDenied(String action, String message, Throwable cause) {
        return new CloudException(Kind.ACCESS_DENIED, message, cause, action);
    }

    private CloudException(Kind kind, String message, Throwable cause, String detail) {
        super(message, cause);
        this.kind = kind;
        this.detail = detail;
    }

    public CloudException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The same sentence where refreshing is not the way to try again (the connect dialog, the headless check):
     * {@code retry} replaces "refresh (F5)", e.g. "connect again".
     */
    public String userMessage(String retry) {
        return userMessage().replace("refresh (F5)", retry)
                .replace("Refresh (F5)", Character.toUpperCase(retry.charAt(0)) + retry.substring(1));
    }

    /** The one sentence for the operator: the kind's, made exact where this failure knows more. */
    public String userMessage() {
        if (kind == Kind.SSO_LOGIN_REQUIRED && detail != null) {
            return "Your AWS SSO sign-in has expired; run  aws sso login --profile " + detail
                    + "  in a terminal, then refresh (F5).";
        }
        if (kind == Kind.ACCESS_DENIED && detail != null) {
            return "AWS refused " + detail + ": your credentials lack that permission; ask for it, or use another"
                    + " profile.";
        }
        return kind.sentence();
    }
}
