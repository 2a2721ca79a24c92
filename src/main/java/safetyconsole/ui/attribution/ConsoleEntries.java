package safetyconsole.ui.attribution;

import java.util.Arrays;
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
                .filter(e -> e.record().targets().stream().anyMatch(t -> ids.stream().anyMatch(id -> names(t, id))))
                .map(e -> List.of(row(e)))
                .toList();
    }

    /**
     * Whether an audit target, written "name (id, ec2 id)", names {@code id} as a whole: a group "web" is not the
     * group "web-canary".
     */
    static boolean names(String target, String id) {
        int open = target.lastIndexOf(" (");
        if (open < 0 || !target.endsWith(")")) {
            return target.equals(id);
        }
        return target.substring(0, open).equals(id)
                || Arrays.asList(target.substring(open + 2, target.length() - 1).split(", ")).contains(id);
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
