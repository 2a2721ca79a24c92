package safetyconsole.guard;

/** How pending security groups are fixed on a running instance. */
public enum GroupFix {
    /** Keep every group it has and add the ones its layers want: nothing is taken away. The default. */
    ADD_MISSING("Add missing groups"),
    /** Exactly its layers' groups: extra groups, which OpsWorks does not manage, are removed. */
    MAKE_EXACT("Make exact");

    private final String label;

    GroupFix(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
