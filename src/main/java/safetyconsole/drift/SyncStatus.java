package safetyconsole.drift;

/** Whether an instance has the security groups its layers say it should, and whether OpsWorks will ever fix it. */
public enum SyncStatus {
    IN_SYNC("in sync"),
    /** Online (or otherwise running) and different: OpsWorks never changes a running instance's groups. */
    PENDING("pending"),
    /** Stopped instance-store: its next start launches a new EC2 instance with the layers' current groups. */
    WILL_SYNC_ON_START("will sync on start"),
    /** Stopped EBS-backed and different: a start restarts the same EC2 instance, groups unchanged. */
    WONT_SYNC_ON_START("won't sync on start"),
    /** Could not be compared (no EC2 instance yet, EC2 unreadable); never counted as in sync. */
    NOT_CHECKED("not checked");

    private final String label;

    SyncStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
