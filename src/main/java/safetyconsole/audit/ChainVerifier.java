package safetyconsole.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks the log once, line by line, and names every place where the chain is broken. */
final class ChainVerifier {

    private final List<String> problems = new ArrayList<>();
    private String prevHash = AuditLineCodec.GENESIS;
    private long lastSeq;
    private long entries;
    private int recovered;
    private int lineNumber;
    private byte[] damaged;
    private int damagedLine;
    private boolean tornTail;

    void line(byte[] bytes, boolean terminated) {
        lineNumber++;
        if (!terminated) {
            // Only the last line can be unterminated: a crash while writing it.
            if (damaged != null) {
                damagedLineUnexplained();
            }
            tornTail = true;
            return;
        }
        Optional<AuditLineCodec.Decoded> decoded = AuditLineCodec.decode(bytes);
        if (decoded.isEmpty()) {
            if (damaged != null) {
                damagedLineUnexplained();
            }
            damaged = bytes;
            damagedLine = lineNumber;
            return;
        }
        AuditEntry entry = decoded.get().entry();
        Optional<AuditLineCodec.Recovery> recovery = decoded.get().recovery();
        if (damaged != null) {
            boolean recoversIt = recovery.isPresent() && recovery.get().afterSeq() == lastSeq
                    && recovery.get().sha256().equals(AuditLineCodec.sha256(damaged));
            if (recoversIt) {
                recovered++;
                damaged = null;
            } else {
                damagedLineUnexplained();
            }
        } else if (recovery.isPresent()) {
            problems.add("line " + lineNumber + " recovers a torn line that is no longer there (a line was deleted).");
        }
        if (entry.seq() != lastSeq + 1) {
            problems.add("line " + lineNumber + " holds entry " + entry.seq() + " where entry " + (lastSeq + 1)
                    + " belongs (entries deleted or reordered).");
        } else if (!entry.prevHash().equals(prevHash)) {
            problems.add("line " + lineNumber + " does not follow the entry before it (edited, deleted or reordered).");
        }
        prevHash = entry.hash();
        lastSeq = entry.seq();
        entries++;
    }

    VerifyReport report() {
        if (damaged != null) {
            damagedLineUnexplained();
        }
        VerifyReport.Status status = !problems.isEmpty() ? VerifyReport.Status.TAMPERED
                : tornTail ? VerifyReport.Status.TORN_TAIL : VerifyReport.Status.INTACT;
        return new VerifyReport(status, entries, recovered, problems, prevHash);
    }

    private void damagedLineUnexplained() {
        problems.add("line " + damagedLine + " is not an intact entry (edited or damaged).");
        damaged = null;
    }
}
