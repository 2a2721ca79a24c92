package safetyconsole.cloud;

/**
 * The one failure type of the port. Providers translate their own errors into a {@link Kind}
 * so that the user sees one plain sentence per kind, whatever the provider.
 */
public final class CloudException extends RuntimeException {

    public enum Kind {
        ACCESS_DENIED, NOT_FOUND, THROTTLED, NETWORK, EXPIRED_CREDENTIALS, INVALID_INPUT, CONFLICT, UNKNOWN
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
