package safetyconsole.context;

import java.util.Objects;

/** A stack's environment and which rule decided it, in words a user can check. */
public record Classification(Environment environment, Source source, String reason) {

    /** Which rule decided; listed in order of precedence. */
    public enum Source { OVERRIDE, TAG, NAME, NONE }

    public Classification {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
