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

    public CloudException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CloudException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
