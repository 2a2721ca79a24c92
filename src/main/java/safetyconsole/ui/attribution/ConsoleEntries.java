package safetyconsole.ui.attribution;

import java.util.List;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;

/** This console's own audit entries on a timeline: what was changed from here, by whom, with what typed. */
final class ConsoleEntries {

    static final String KIND = "This console";

    private ConsoleEntries() {
    }

    /** The entries of {@code audit} with a target that names any of {@code ids}, one group of one line each. */
    static List<List<TimelineViewModel.Row>> about(AuditLog audit, List<String> ids) {
        return audit.readAll().stream()
                .filter(e -> e.record().targets().stream().anyMatch(t -> ids.stream().anyMatch(t::contains)))
                .map(e -> List.of(row(e)))
                .toList();
    }

    static TimelineViewModel.Row row(AuditEntry entry) {
        var record = entry.record();
        return new TimelineViewModel.Row(entry.time(), KIND, record.phase() + " " + record.operation()
                + (record.outcome() == null ? "" : ": " + record.outcome()),
                record.operator().osUser() + "@" + record.operator().host() + " as " + record.callerArn(),
                "typed \"" + record.evidence().typedText() + "\""
                        + (record.evidence().reason() == null ? "" : ", reason: " + record.evidence().reason()));
    }
}
