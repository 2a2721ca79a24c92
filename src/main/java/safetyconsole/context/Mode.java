package safetyconsole.context;

/** Whether the console may change anything in the selected stack. */
public enum Mode {
    READ_ONLY("READ-ONLY"),
    ARMED("ARMED");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
