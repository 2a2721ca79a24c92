package safetyconsole.cloud.snapshot;

/** A snapshot folder that cannot be used; the message names the file and, where it applies, the field. */
public final class SnapshotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SnapshotException(String message) {
        super(message);
    }

    SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
