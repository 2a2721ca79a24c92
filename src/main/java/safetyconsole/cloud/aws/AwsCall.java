package safetyconsole.cloud.aws;

import java.util.Optional;

/**
 * What was being done when AWS failed: the IAM action of the one request (a refusal names it to the operator)
 * and what it was about, for the log.
 */
record AwsCall(Optional<String> action, String about) {

    static AwsCall of(String action, String about) {
        return new AwsCall(Optional.of(action), about);
    }

    /** Work before any request of ours (the clients and their credentials): no one action to name. */
    static AwsCall setup(String about) {
        return new AwsCall(Optional.empty(), about);
    }

    /** E.g. {@code opsworks:DescribeLayers of stack …}, as the log says it. */
    @Override
    public String toString() {
        return action.map(a -> about.isEmpty() ? a : a + " " + about).orElse(about);
    }
}
