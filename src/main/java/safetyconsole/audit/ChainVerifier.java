package safetyconsole.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the log once, line by line, and names every place where the chain is broken, where its end no longer
 * holds a checkpoint taken earlier (the anchor, a seal), and where its last line is not a crash's torn tail.
 */
final class ChainVerifier {

    /** A checkpoint the log must still hold, and how a problem names it. */
    record Expected(Checkpoint checkpoint, String source) {
    }

    private final List<String> problems = new ArrayList<>();
    private final List<Expected> expected;
    private final boolean anchored;
    private final Set<String> quarantined;
    private final Set<Long> checkpointedSeqs = new HashSet<>();
    /** The hashes of the entries the checkpoints name, as the log holds them. */
    private final Map<Long, String> checkpointed = new HashMap<>();
    private String prevHash = AuditLineCodec.GENESIS;
    private long lastSeq;
    private long entries;
    private int recovered;
    private int lineNumber;
    private byte[] damaged;
    private int damagedLine;
    private boolean tornTail;

    /**
     * @param anchored    whether the log has an anchor (it is among {@code expected} then)
     * @param quarantined the SHA-256 of every torn line moved to the quarantine file
     */
    ChainVerifier(List<Expected> expected, boolean anchored, Set<String> quarantined) {
        this.expected = List.copyOf(expected);
        this.anchored = anchored;
        this.quarantined = Set.copyOf(quarantined);
        this.expected.forEach(e -> checkpointedSeqs.add(e.checkpoint().entries()));
        checkpointed.put(0L, AuditLineCodec.GENESIS);
    }

    /**
     * One line of the log, {@code bytes[from, to)} without its newline, and what it holds when it is an intact entry
     * (null when not, and for an unterminated line, which is never decoded).
     */
    record Line(byte[] bytes, int from, int to, boolean terminated, AuditLineCodec.Link link) {

        byte[] copy() {
            return Arrays.copyOfRange(bytes, from, to);
        }
    }

    /** The lines of a block, their entries decoded: apart from the chain, so blocks can be decoded in parallel. */
    static List<Line> decode(LineBlocks.Block block) {
        List<Line> lines = new ArrayList<>();
        DecodedLines.forEachLine(block, AuditLineCodec.Decoder::link, (bytes, from, to, terminated, link) ->
                lines.add(new Line(bytes, from, to, terminated, link)));
        return lines;
    }

    void lines(List<Line> lines) {
        lines.forEach(this::line);
    }

    private void line(Line line) {
        lineNumber++;
        if (!line.terminated()) {
            // Only the last line can be unterminated: a crash while writing it, or bytes added by hand.
            if (damaged != null) {
                damagedLineUnexplained();
            }
            byte[] bytes = line.copy();
            if (TornTail.isStartOfNext(bytes, lastSeq + 1, prevHash)) {
                tornTail = true;
            } else {
                problems.add("line " + lineNumber + " has no line break and is not the start of entry "
                        + (lastSeq + 1) + " (" + bytes.length + " bytes added or edited, not cut short by a crash).");
            }
            return;
        }
        AuditLineCodec.Link entry = line.link();
        if (entry == null) {
            if (damaged != null) {
                damagedLineUnexplained();
            }
            damaged = line.copy();
            damagedLine = lineNumber;
            return;
        }
        checkRecovery(entry.recovery());
        if (entry.seq() != lastSeq + 1) {
            problems.add("line " + lineNumber + " holds entry " + entry.seq() + " where entry " + (lastSeq + 1)
                    + " belongs (entries deleted or reordered).");
        } else if (!prevHash.equals(entry.prevHash())) {
            problems.add("line " + lineNumber + " does not follow the entry before it (edited, deleted or reordered).");
        }
        prevHash = entry.hash();
        lastSeq = entry.seq();
        entries++;
        if (checkpointedSeqs.contains(lastSeq)) {
            checkpointed.put(lastSeq, entry.hash());
        }
    }

    /** Entries past the anchor's next were not written by the console: it moves the anchor with each. */
    void atMostOnePast(Checkpoint anchor) {
        if (lastSeq > anchor.entries() + 1) {
            problems.add("the log runs to entry " + lastSeq + ", but its anchor records " + anchor.entries()
                    + ": entries " + (anchor.entries() + 1) + " to " + lastSeq + " were added without the console.");
        }
    }

    VerifyReport report(Optional<AuditSeal> seal) {
        if (damaged != null) {
            damagedLineUnexplained();
        }
        expected.forEach(this::checkHeld);
        VerifyReport.Status status = !problems.isEmpty() ? VerifyReport.Status.TAMPERED
                : !anchored && entries > 0 ? VerifyReport.Status.NO_ANCHOR
                : tornTail ? VerifyReport.Status.TORN_TAIL : VerifyReport.Status.INTACT;
        return new VerifyReport(status, entries, recovered, problems, prevHash, seal);
    }

    private void checkRecovery(Optional<AuditLineCodec.Recovery> recovery) {
        if (damaged != null) {
            // Written before quarantining: the torn line stayed in the log, just before the entry naming it.
            boolean recoversIt = recovery.isPresent() && !recovery.get().quarantined()
                    && recovery.get().afterSeq() == lastSeq
                    && recovery.get().sha256().equals(Sha256.hex(damaged));
            if (recoversIt) {
                recovered++;
                damaged = null;
            } else {
                damagedLineUnexplained();
            }
        } else if (recovery.isPresent() && recovery.get().quarantined()) {
            if (recovery.get().afterSeq() == lastSeq && quarantined.contains(recovery.get().sha256())) {
                recovered++;
            } else {
                problems.add("line " + lineNumber + " recovers a torn line that the quarantine file no longer holds.");
            }
        } else if (recovery.isPresent()) {
            problems.add("line " + lineNumber + " recovers a torn line that is no longer there (a line was deleted).");
        }
    }

    private void checkHeld(Expected e) {
        long count = e.checkpoint().entries();
        String held = checkpointed.get(count);
        if (count > lastSeq) {
            problems.add(lastSeq == 0 ? "the log holds no entries, but " + e.source() + " records " + count
                    + ": all of them are missing (the log was emptied or replaced)."
                    : "the log ends at entry " + lastSeq + ", but " + e.source() + " records " + count + ": "
                    + (count == lastSeq + 1 ? "entry " + count + " is" : "entries " + (lastSeq + 1) + " to " + count
                    + " are") + " missing (cut off or deleted).");
        } else if (!e.checkpoint().headHash().equals(held)) {
            problems.add("entry " + count + " is not the one " + e.source() + " records (the log was rewritten"
                    + " up to there).");
        }
    }

    private void damagedLineUnexplained() {
        problems.add("line " + damagedLine + " is not an intact entry (edited or damaged).");
        damaged = null;
    }
}
