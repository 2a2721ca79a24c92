package safetyconsole.attribution.scaling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One step of the chain with every candidate found for it, best first; none is picked silently. */
public record ChainHop(ChainStep step, List<ChainLink> candidates) {

    public ChainHop {
        Objects.requireNonNull(step, "step");
        candidates = List.copyOf(candidates);
    }

    public Optional<ChainLink> best() {
        return candidates.stream().findFirst();
    }
}
