package safetyconsole.attribution.scaling;

/** Reads a scaling activity's {@code Cause} into sentences: every row of SUCCESSOR-FACTS §5, both time formats. */
public final class CauseParser {

    private CauseParser() {
    }

    /** The cause as written and its sentences; unknown wording is kept, marked unclassified, never dropped. */
    public static ActivityCause parse(String cause) {
        throw new UnsupportedOperationException("TODO(issue 17) cause parser " + cause);
    }
}
