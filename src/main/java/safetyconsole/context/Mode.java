package safetyconsole.context;

/** Whether the console may change anything in the selected stack. */
public enum Mode {
    /** Production-like and not armed (or a read-only source): nothing can change. */
    READ_ONLY("READ-ONLY"),
    /** Production-like, armed for a limited time with a reason. */
    ARMED("ARMED"),
    /** Not production-like: changes allowed, each with typed confirmation. */
    UNLOCKED("UNLOCKED");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
