package safetyconsole.audit;

import java.util.List;

/**
 * The result of checking the whole chain. {@code headHash} is the hash of the last good entry: write it down
 * (or compare it with an earlier note) to detect a log whose end was cut off.
 */
public record VerifyReport(Status status, long entries, int recoveredTornLines, List<String> problems,
                           String headHash) {

    public enum Status {
        /** Every entry is as written and in order. */
        INTACT,
        /** Intact, but the last line was cut short (a crash while writing); the next append recovers it. */
        TORN_TAIL,
        /** Something was edited, deleted or reordered. */
        TAMPERED
    }

    public VerifyReport {
        problems = List.copyOf(problems);
    }

    /** One sentence for the user. */
    public String summary() {
        return switch (status) {
            case INTACT -> entries + " entries, chain intact" + (recoveredTornLines > 0
                    ? " (" + recoveredTornLines + " line(s) cut short by a crash were recovered)" : "") + ".";
            case TORN_TAIL -> entries + " entries intact; the last line was cut short by a crash and will be recovered"
                    + " by the next entry.";
            case TAMPERED -> "The audit log was changed after it was written: " + problems.get(0);
        };
    }
}
