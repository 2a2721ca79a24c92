package safetyconsole.attribution.scaling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scaling activity's {@code Cause}: the text as written and its sentences, in order (AWS often writes two or
 * three: the request, the capacity difference it made, the instance chosen).
 */
public record ActivityCause(String raw, List<CauseSentence> sentences) {

    public ActivityCause {
        Objects.requireNonNull(raw, "raw");
        sentences = List.copyOf(sentences);
    }

    /** The first sentence that says why the activity happened, if any sentence does. */
    public Optional<CauseSentence> explaining() {
        return sentences.stream().filter(s -> s.trigger().explains()).findFirst();
    }

    /** Why the activity happened, or {@link CauseTrigger#UNCLASSIFIED} when no sentence says. */
    public CauseTrigger trigger() {
        return explaining().map(CauseSentence::trigger).orElse(CauseTrigger.UNCLASSIFIED);
    }

    /** True when no sentence explains the activity: the cause is shown as written, marked unclassified. */
    public boolean unclassified() {
        return explaining().isEmpty();
    }
}
