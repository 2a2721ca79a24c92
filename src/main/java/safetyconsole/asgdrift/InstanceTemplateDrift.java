package safetyconsole.asgdrift;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.cloud.AutoScalingInstance;

/**
 * One instance of a group: the groups of the version in use ({@code desired}), the groups EC2 has
 * ({@code actual}), {@code missing} = desired minus actual, {@code hotfix} = actual minus desired, and whether it
 * was launched from another template or version ({@code lagging}). {@code reason} says it in a sentence. Lists
 * of a few ids, in order, without repeats; {@code desired} is the same list for every instance of a spec.
 */
public record InstanceTemplateDrift(
        AutoScalingInstance instance,
        Optional<TemplateVersionRef> usedNow,
        Optional<LaunchOrigin> launchedFrom,
        List<String> desired,
        List<String> actual,
        List<String> missing,
        List<String> hotfix,
        boolean lagging,
        TemplateSyncStatus status,
        String reason) {

    public InstanceTemplateDrift {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(status, "status");
        desired = List.copyOf(desired);
        actual = List.copyOf(actual);
        missing = List.copyOf(missing);
        hotfix = List.copyOf(hotfix);
    }

    public String instanceId() {
        return instance.instanceId();
    }
}
