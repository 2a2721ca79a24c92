package safetyconsole.audit;

import java.util.List;
import java.util.Optional;

import safetyconsole.text.Counts;

/**
 * The result of checking the whole chain, its end against the anchor and, when given, a seal. {@code headHash} is
 * the hash of the last good entry.
 */
public record VerifyReport(Status status, long entries, int recoveredTornLines, List<String> problems,
                           String headHash, Optional<AuditSeal> seal) {

    public enum Status {
        /** Every entry is as written and in order. */
        INTACT,
        /** Intact, but the last line was cut short (a crash while writing); the next append recovers it. */
        TORN_TAIL,
        /** The chain is intact, but there is no anchor to tell whether entries were cut off its end. */
        NO_ANCHOR,
        /** Something was edited, deleted or reordered. */
        TAMPERED
    }

    public VerifyReport {
        problems = List.copyOf(problems);
    }

    private String sealHeld() {
        return seal.map(s -> " It still holds the " + Counts.of(s.entries(), "entry", "entries") + " sealed on "
                + s.time() + " by " + s.operator() + ".").orElse("");
    }

    /** One sentence for the user. */
    public String summary() {
        return switch (status) {
            case INTACT -> Counts.of(entries, "entry", "entries") + ", chain intact" + (recoveredTornLines > 0
                    ? " (" + recoveredTornLines + " line(s) cut short by a crash were recovered)" : "") + "."
                    + sealHeld();
            case TORN_TAIL -> Counts.of(entries, "entry", "entries") + " intact; the last line was cut short by a"
                    + " crash and will be recovered by the next entry." + sealHeld();
            case NO_ANCHOR -> Counts.of(entries, "entry", "entries") + ", chain intact, but the anchor that records"
                    + " where the log ends is missing: entries cut off the end would not show. The next change writes a"
                    + " new anchor." + sealHeld();
            case TAMPERED -> "The audit log was changed after it was written: " + problems.get(0);
        };
    }
}
