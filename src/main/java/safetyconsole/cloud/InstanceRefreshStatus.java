package safetyconsole.cloud;

import java.util.Arrays;

/** An instance refresh's status, as the API spells it; UNKNOWN for any other. */
public enum InstanceRefreshStatus {
    PENDING("Pending"),
    IN_PROGRESS("InProgress"),
    BAKING("Baking"),
    SUCCESSFUL("Successful"),
    FAILED("Failed"),
    CANCELLING("Cancelling"),
    CANCELLED("Cancelled"),
    ROLLBACK_IN_PROGRESS("RollbackInProgress"),
    ROLLBACK_FAILED("RollbackFailed"),
    ROLLBACK_SUCCESSFUL("RollbackSuccessful"),
    UNKNOWN("Unknown");

    private final String apiName;

    InstanceRefreshStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Still replacing (or rolling back) instances: the group's instances are about to change. */
    public boolean isActive() {
        return switch (this) {
            case PENDING, IN_PROGRESS, BAKING, CANCELLING, ROLLBACK_IN_PROGRESS -> true;
            case SUCCESSFUL, FAILED, CANCELLED, ROLLBACK_FAILED, ROLLBACK_SUCCESSFUL, UNKNOWN -> false;
        };
    }

    /** Ended without replacing every instance it meant to. */
    public boolean endedUnfinished() {
        return switch (this) {
            case FAILED, CANCELLED, ROLLBACK_FAILED, ROLLBACK_SUCCESSFUL -> true;
            case PENDING, IN_PROGRESS, BAKING, CANCELLING, ROLLBACK_IN_PROGRESS, SUCCESSFUL, UNKNOWN -> false;
        };
    }

    public static InstanceRefreshStatus fromApiName(String apiName) {
        return Arrays.stream(values()).filter(status -> status.apiName.equals(apiName)).findFirst().orElse(UNKNOWN);
    }
}
