package safetyconsole.audit;

import java.time.Instant;

/** One line of the audit log as written: the record, its place in the chain and its own hash. */
public record AuditEntry(long seq, Instant time, AuditRecord record, String prevHash, String hash) {
}
