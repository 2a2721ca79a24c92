package safetyconsole.guard;

import java.util.List;

/** A target's security group ids before and after a plan; the guard re-reads "before" right before applying. */
public record GroupChange(List<String> before, List<String> after) {

    public GroupChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** For the audit log: {@code sg-a,sg-b -> sg-a,sg-b,sg-c}. */
    public String describe() {
        return String.join(",", before) + " -> " + String.join(",", after);
    }
}
