package safetyconsole.cloud;

import java.util.Objects;

/** An instance as its Auto Scaling group lists it. Which template it launched from is EC2's word (its tags). */
public record AutoScalingInstance(
        String instanceId,
        String instanceType,
        AutoScalingLifecycleState lifecycleState,
        boolean protectedFromScaleIn) {

    public AutoScalingInstance {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(lifecycleState, "lifecycleState");
    }
}
