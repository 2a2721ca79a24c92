package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import safetyconsole.cloud.Instance;
import safetyconsole.inventory.StackInventory;

/** Sentences several operations' consequences and refusals share. */
final class Consequences {

    static final String CANNOT_UNDO = "This cannot be undone.";

    private Consequences() {
    }

    /** "Layer web gains sg-b and loses sg-a. Groups after: sg-b, sg-c." */
    static String groupChange(StackInventory inventory, String who, List<String> before, List<String> after) {
        return groupChange(inventory::groupName, who, before, after);
    }

    /** The same, naming each group by {@code groupName} (ids alone where no names were read). */
    static String groupChange(UnaryOperator<String> groupName, String who, List<String> before, List<String> after) {
        List<String> added = after.stream().filter(id -> !before.contains(id)).map(groupName)
                .collect(Collectors.toList());
        List<String> removed = before.stream().filter(id -> !after.contains(id)).map(groupName)
                .collect(Collectors.toList());
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("gains " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("loses " + String.join(", ", removed));
        }
        return who + " " + String.join(" and ", parts) + ". Groups after: "
                + after.stream().map(groupName).collect(Collectors.joining(", ")) + ".";
    }

    static List<String> hostnames(List<Instance> instances, Predicate<Instance> which) {
        return instances.stream().filter(which).map(Instance::hostname).collect(Collectors.toList());
    }

    /** "2 instances (a, b)", or nothing when there are none. */
    static List<String> counted(String noun, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return List.of(names.size() + " " + noun + (names.size() == 1 ? "" : "s") + " ("
                + String.join(", ", names) + ")");
    }

    /** One refusal for several reasons, when there are any. */
    static void refuseIfAny(List<String> refusals) {
        if (!refusals.isEmpty()) {
            throw new PlanRefusedException(String.join(" ", refusals));
        }
    }
}
