package safetyconsole.attribution.scaling;

import java.util.List;

/**
 * What one sentence of a scaling activity's {@code Cause} says happened (SUCCESSOR-FACTS §5), and which
 * CloudTrail calls may be behind it. Two kinds only describe the consequence of an earlier sentence.
 */
public enum CauseTrigger {
    /** "taken out of service in response to a user request": TerminateInstanceInAutoScalingGroup. */
    USER_TERMINATE,
    /** "a user request explicitly set group desired capacity changing the desired capacity from X to Y". */
    DESIRED_CAPACITY_SET,
    /** "a user request update of AutoScalingGroup constraints to min: a, max: b, desired: c". */
    CONSTRAINTS_UPDATED,
    /** "taken out of service in response to an instance refresh". */
    INSTANCE_REFRESH,
    /** "in response to a EC2 health check indicating it has been terminated or stopped": someone's direct call. */
    EC2_STOPPED_OR_TERMINATED,
    /** Any other failed health check (ELB, impaired status): Auto Scaling replaced it on its own. */
    HEALTH_CHECK_FAILED,
    /** "a monitor alarm … triggered policy …": nobody now; whoever last changed the policy or alarm. */
    ALARM_POLICY,
    /** "was detached in response to a user request": DetachInstances (not terminated). */
    DETACHED,
    /** "taken out of service in response to a difference between desired and actual capacity": a consequence. */
    CAPACITY_DIFFERENCE,
    /** "instance i-… was selected for termination": a consequence. */
    SELECTED_FOR_TERMINATION,
    /** Wording this console does not know: kept as written, never dropped. */
    UNCLASSIFIED;

    /** Whether the sentence names why the activity happened (rather than what followed, or nothing known). */
    public boolean explains() {
        return switch (this) {
            case USER_TERMINATE, DESIRED_CAPACITY_SET, CONSTRAINTS_UPDATED, INSTANCE_REFRESH,
                 EC2_STOPPED_OR_TERMINATED, HEALTH_CHECK_FAILED, ALARM_POLICY, DETACHED -> true;
            case CAPACITY_DIFFERENCE, SELECTED_FOR_TERMINATION, UNCLASSIFIED -> false;
        };
    }

    /** The CloudTrail event names of the calls a person may have made for this trigger, the exact one first. */
    public List<String> callNames() {
        return switch (this) {
            case USER_TERMINATE -> List.of("TerminateInstanceInAutoScalingGroup");
            case DESIRED_CAPACITY_SET -> List.of("SetDesiredCapacity");
            case CONSTRAINTS_UPDATED -> List.of("UpdateAutoScalingGroup");
            case INSTANCE_REFRESH -> List.of("StartInstanceRefresh");
            case EC2_STOPPED_OR_TERMINATED -> List.of("TerminateInstances", "StopInstances");
            case ALARM_POLICY -> List.of("PutScalingPolicy", "PutMetricAlarm");
            case DETACHED -> List.of("DetachInstances");
            case HEALTH_CHECK_FAILED, CAPACITY_DIFFERENCE, SELECTED_FOR_TERMINATION, UNCLASSIFIED -> List.of();
        };
    }
}
