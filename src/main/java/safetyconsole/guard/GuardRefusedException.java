package safetyconsole.guard;

/** The guard will not execute a plan (name not typed exactly, stack not armed); nothing was attempted. */
public final class GuardRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GuardRefusedException(String message) {
        super(message);
    }
}
