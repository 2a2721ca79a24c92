package safetyconsole.guard;

/** The action cannot even be planned; the message says why, in one or two sentences for the user. */
public final class PlanRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanRefusedException(String message) {
        super(message);
    }
}
