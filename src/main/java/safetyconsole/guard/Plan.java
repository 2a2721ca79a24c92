package safetyconsole.guard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.cloud.Operation;
import safetyconsole.cloud.Stack;
import safetyconsole.context.Classification;

/**
 * A destructive action before it happens: one operation on targets of one stack, and every consequence in
 * words. {@code groupChanges} holds, per target id, the security groups before and after (group operations). Nothing runs until the user typed the stack's name and the guard has re-read every target.
 */
public record Plan(
        String id,
        Operation operation,
        Stack stack,
        Classification classification,
        List<PlanTarget> targets,
        InstanceOptions options,
        Map<String, GroupChange> groupChanges,
        Optional<String> choice,
        List<String> consequences,
        Instant createdAt) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(stack, "stack");
        targets = List.copyOf(targets);
        groupChanges = Map.copyOf(groupChanges);
        consequences = List.copyOf(consequences);
    }

    /** What the audit log records as the chosen variant: the API options set, or the fix chosen. */
    public Optional<String> choiceForAudit() {
        return options.describe().or(() -> choice);
    }

    /** "Delete 2 instances from shop-prod". */
    public String title() {
        String noun = operation.noun();
        if (operation == Operation.DELETE_STACK) {
            return "Delete stack " + stack.name();
        }
        String what = targets.size() == 1 ? noun + " " + targets.get(0).name() : targets.size() + " " + noun + "s";
        return operation.verb() + " " + what + (operation.verb().equals("Delete") ? " from " : " in ") + stack.name();
    }

    /** Production-like stacks must be armed, with a reason, before anything in them changes. */
    public boolean requiresArming() {
        return classification.environment().productionLike();
    }

    public List<String> targetDescriptions() {
        return targets.stream().map(PlanTarget::describe).collect(Collectors.toList());
    }
}
