package safetyconsole.guard;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;

/**
 * Result entries the audit log could not take after their call was made (disk full, file replaced meanwhile).
 * They are kept, in order, and written before the log's next entry, each marked late with the time it was due,
 * so the log never holds a later entry without the results before it. Kept in memory: lost if the console closes
 * first, which the dialog says.
 */
final class LateResults {

    static final String MARK = "late";

    private final Deque<AuditRecord> held = new ArrayDeque<>();

    synchronized void hold(AuditRecord result, Instant due) {
        held.add(new AuditRecord(result.operator(), result.callerArn(), result.accountId(), result.region(),
                result.stackId(), result.stackName(), result.environment(), result.operation(), result.options(),
                result.planId(), result.targets(), result.evidence(), result.phase(),
                MARK + " (due " + due + "): " + result.outcome()));
    }

    /** Writes what is held, then {@code record}; whatever the log refuses stays held (AuditException). */
    synchronized void appendAfterHeld(AuditLog audit, AuditRecord record) {
        while (!held.isEmpty()) {
            audit.append(held.peek());
            held.remove();
        }
        audit.append(record);
    }

    synchronized List<AuditRecord> snapshot() {
        return List.copyOf(held);
    }

    synchronized int size() {
        return held.size();
    }
}
