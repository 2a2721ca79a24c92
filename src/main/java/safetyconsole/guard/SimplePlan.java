package safetyconsole.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A plan with nothing to choose: its operation, targets and consequences say it all. */
public record SimplePlan(PlanHeader header, GuardedOperation<SimplePlan> operation, List<PlanTarget> targets,
                         List<String> consequences) implements Plan {

    public SimplePlan {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(operation, "operation");
        targets = List.copyOf(targets);
        consequences = List.copyOf(consequences);
    }

    @Override
    public Optional<String> choiceForAudit() {
        return Optional.empty();
    }
}
