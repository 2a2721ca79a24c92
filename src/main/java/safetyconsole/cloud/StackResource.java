package safetyconsole.cloud;

import java.util.Objects;

/**
 * One resource of a CloudFormation stack: {@code type} as CloudFormation names it
 * ({@code AWS::AutoScaling::AutoScalingGroup}), {@code physicalId} what the service calls it (a group's name, an
 * instance's id), {@code status} the API's word.
 */
public record StackResource(String logicalId, String type, String physicalId, String status) {

    public static final String AUTO_SCALING_GROUP = "AWS::AutoScaling::AutoScalingGroup";

    public StackResource {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(physicalId, "physicalId");
        Objects.requireNonNull(status, "status");
    }

    public boolean isAutoScalingGroup() {
        return type.equals(AUTO_SCALING_GROUP);
    }
}
