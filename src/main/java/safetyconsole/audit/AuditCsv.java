package safetyconsole.audit;

import java.io.IOException;
import java.io.Writer;

import safetyconsole.csv.Csv;

/** Audit entries as CSV (RFC 4180), safe to open in a spreadsheet. */
public final class AuditCsv {

    static final String HEADER = "seq,time,os_user,host,caller_arn,account_id,region,stack_id,stack_name,environment,"
            + "operation,options,plan_id,targets,typed_text,reason,arming_session,phase,outcome,prev_hash,hash";

    private AuditCsv() {
    }

    /** Writes as it goes: {@code entries} may read the log a page at a time. */
    public static void write(Iterable<AuditEntry> entries, Writer out) throws IOException {
        out.write(HEADER);
        out.write(Csv.LINE_END);
        for (AuditEntry entry : entries) {
            AuditRecord r = entry.record();
            String[] cells = {
                Long.toString(entry.seq()), entry.time().toString(), r.operator().osUser(), r.operator().host(),
                r.callerArn(), r.accountId(), r.region(), r.stackId(), r.stackName(), r.environment(), r.operation(),
                r.options(), r.planId(), String.join(" ", r.targets()), r.evidence().typedText(), r.evidence().reason(),
                r.evidence().armingSessionId(), r.phase().name(), r.outcome(), entry.prevHash(), entry.hash()};
            out.write(Csv.row(cells));
            out.write(Csv.LINE_END);
        }
    }
}
