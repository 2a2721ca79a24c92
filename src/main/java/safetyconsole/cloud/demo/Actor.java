package safetyconsole.cloud.demo;

/**
 * Who made an OpsWorks API call in the simulated account; recorded in the trail events the call produces.
 */
public record Actor(String principalArn, String userName, String sourceIp, boolean mfa) {

    static final String OPSWORKS_SERVICE = "opsworks.amazonaws.com";
}
