package safetyconsole.cloud;

import java.util.Arrays;

/** OpsWorks instance status values, as the API spells them. */
public enum InstanceStatus {
    REQUESTED("requested"),
    PENDING("pending"),
    BOOTING("booting"),
    RUNNING_SETUP("running_setup"),
    ONLINE("online"),
    SETUP_FAILED("setup_failed"),
    START_FAILED("start_failed"),
    REBOOTING("rebooting"),
    CONNECTION_LOST("connection_lost"),
    STOPPING("stopping"),
    SHUTTING_DOWN("shutting_down"),
    TERMINATING("terminating"),
    TERMINATED("terminated"),
    STOPPED("stopped"),
    STOP_FAILED("stop_failed");

    private final String apiName;

    InstanceStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static InstanceStatus fromApiName(String apiName) {
        return Arrays.stream(values())
                .filter(status -> status.apiName.equals(apiName))
                .findFirst()
                .orElseThrow(() -> new CloudException(CloudException.Kind.INVALID_INPUT,
                        "Unknown OpsWorks instance status '" + apiName + "'"));
    }
}
