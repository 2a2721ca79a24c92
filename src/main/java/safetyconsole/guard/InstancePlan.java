package safetyconsole.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Start, stop, reboot or delete instances, with the options the operation takes (Force, DeleteVolumes, …). */
public record InstancePlan(PlanHeader header, InstanceOperation operation, List<PlanTarget> targets,
                           InstanceOptions options, List<String> consequences) implements Plan {

    public InstancePlan {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(options, "options");
        targets = List.copyOf(targets);
        consequences = List.copyOf(consequences);
    }

    @Override
    public Optional<String> choiceForAudit() {
        return options.describe();
    }
}
