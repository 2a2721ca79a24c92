package safetyconsole.audit;

import java.util.List;
import java.util.Objects;

/** What the guard asks the log to keep; the log adds sequence number, time and hashes. */
public record AuditRecord(
        Operator operator,
        String callerArn,
        String accountId,
        String region,
        String stackId,
        String stackName,
        String environment,
        String operation,
        String options,
        String planId,
        List<String> targets,
        Evidence evidence,
        Phase phase,
        String outcome) {

    public AuditRecord {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(stackId, "stackId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(evidence, "evidence");
        targets = List.copyOf(targets);
    }
}
