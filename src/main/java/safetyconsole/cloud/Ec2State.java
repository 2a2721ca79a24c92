package safetyconsole.cloud;

import java.util.Arrays;

/** An EC2 instance's state, as the API spells it; UNKNOWN when a reply names none or one this console does not know. */
public enum Ec2State {
    PENDING("pending"),
    RUNNING("running"),
    SHUTTING_DOWN("shutting-down"),
    TERMINATED("terminated"),
    STOPPING("stopping"),
    STOPPED("stopped"),
    UNKNOWN("unknown");

    private final String apiName;

    Ec2State(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Never fails: a state read from a reply or a snapshot file is shown, not acted on. */
    public static Ec2State fromApiName(String apiName) {
        return Arrays.stream(values()).filter(state -> state.apiName.equals(apiName)).findFirst().orElse(UNKNOWN);
    }
}
