package safetyconsole.cloud;

/**
 * A mutation was attempted with a confirmation that does not cover it. This is a bug, never a user error:
 * the guard creates confirmations only for what the user confirmed.
 */
public final class UnconfirmedMutationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnconfirmedMutationException(String message) {
        super(message);
    }
}
