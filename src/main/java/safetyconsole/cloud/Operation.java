package safetyconsole.cloud;

/** The mutations the console can make; each needs a {@link Confirmation} for exactly this operation. */
public enum Operation {
    START_INSTANCE("Start", "instance"),
    STOP_INSTANCE("Stop", "instance"),
    REBOOT_INSTANCE("Reboot", "instance"),
    DELETE_INSTANCE("Delete", "instance"),
    DELETE_LAYER("Delete", "layer"),
    DELETE_APP("Delete", "app"),
    DELETE_STACK("Delete", "stack"),
    /** EC2 ModifyInstanceAttribute(Groups): replaces a running instance's groups. */
    MODIFY_INSTANCE_GROUPS("Change security groups of", "instance"),
    /** OpsWorks UpdateLayer(CustomSecurityGroupIds): reaches new instances only. */
    UPDATE_LAYER_GROUPS("Change security groups of", "layer"),
    /**
     * StopInstance, wait until stopped, StartInstance: an instance-store instance comes back as a new EC2
     * instance with its layers' current groups. Carried out with STOP_INSTANCE and START_INSTANCE calls.
     */
    RESTART_INSTANCE_STORE("Stop and start", "instance");

    private final String verb;
    private final String noun;

    Operation(String verb, String noun) {
        this.verb = verb;
        this.noun = noun;
    }

    public String verb() {
        return verb;
    }

    /** The confirm button's word: the verb when it is one word, else "Apply". */
    public String buttonLabel() {
        return this == RESTART_INSTANCE_STORE ? "Stop and start" : verb.contains(" ") ? "Apply" : verb;
    }

    /** What it acts on, singular: "instance", "layer", "app", "stack". */
    public String noun() {
        return noun;
    }
}
