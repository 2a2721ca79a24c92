package safetyconsole.guard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of security groups: per target id, the groups before and after. {@code choice} is the fix the user
 * picked, when there was one to pick.
 */
public record GroupPlan(PlanHeader header, GuardedOperation<GroupPlan> operation, List<PlanTarget> targets,
                        Map<String, GroupChange> groupChanges, Optional<String> choice, List<String> consequences)
        implements Plan {

    public GroupPlan {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(operation, "operation");
        targets = List.copyOf(targets);
        groupChanges = Map.copyOf(groupChanges);
        consequences = List.copyOf(consequences);
    }

    public GroupChange change(PlanTarget target) {
        return groupChanges.get(target.id());
    }

    @Override
    public Optional<String> choiceForAudit() {
        return choice;
    }

    /** With the groups before and after, so the log shows what changed. */
    @Override
    public String describe(PlanTarget target) {
        return target.describe() + " groups " + change(target).describe();
    }
}
