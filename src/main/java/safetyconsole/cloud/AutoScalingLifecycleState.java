package safetyconsole.cloud;

import java.util.Arrays;

/** Where an instance is in its Auto Scaling group's lifecycle, as the API spells it; UNKNOWN for any other. */
public enum AutoScalingLifecycleState {
    PENDING("Pending"),
    PENDING_WAIT("Pending:Wait"),
    PENDING_PROCEED("Pending:Proceed"),
    QUARANTINED("Quarantined"),
    IN_SERVICE("InService"),
    TERMINATING("Terminating"),
    TERMINATING_WAIT("Terminating:Wait"),
    TERMINATING_PROCEED("Terminating:Proceed"),
    TERMINATED("Terminated"),
    DETACHING("Detaching"),
    DETACHED("Detached"),
    ENTERING_STANDBY("EnteringStandby"),
    STANDBY("Standby"),
    UNKNOWN("Unknown");

    private final String apiName;

    AutoScalingLifecycleState(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Never fails: warm-pool states and any new ones are shown as UNKNOWN, not acted on. */
    public static AutoScalingLifecycleState fromApiName(String apiName) {
        return Arrays.stream(values()).filter(state -> state.apiName.equals(apiName)).findFirst().orElse(UNKNOWN);
    }
}
