package safetyconsole.guard;

import java.time.Instant;
import java.util.Objects;

import safetyconsole.cloud.Stack;
import safetyconsole.context.Classification;

/** What every plan has, whatever its operation: its id, the stack as loaded, how it is classified, when. */
public record PlanHeader(String id, Stack stack, Classification classification, Instant createdAt) {

    public PlanHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stack, "stack");
    }
}
