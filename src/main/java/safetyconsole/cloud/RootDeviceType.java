package safetyconsole.cloud;

/** How an instance's root volume lives; decides what a stop/start does to its EC2 instance. */
public enum RootDeviceType {
    /** Stop/start keeps the same EC2 instance (and its security groups). */
    EBS("ebs"),
    /** Stop terminates the EC2 instance; start launches a new one with the layers' current groups. */
    INSTANCE_STORE("instance-store");

    private final String apiName;

    RootDeviceType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static RootDeviceType fromApiName(String apiName) {
        for (RootDeviceType type : values()) {
            if (type.apiName.equals(apiName)) {
                return type;
            }
        }
        throw new CloudException(CloudException.Kind.INVALID_INPUT, "Unknown root device type '" + apiName + "'");
    }
}
