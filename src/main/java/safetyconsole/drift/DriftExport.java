package safetyconsole.drift;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import safetyconsole.cloud.Layer;
import safetyconsole.csv.Csv;
import safetyconsole.inventory.StackInventory;
import safetyconsole.text.Printable;

/** The pending-groups report as CSV (one row per instance and layer) and as Markdown for a change ticket. */
public final class DriftExport {

    /** The OpsWorks rule, in one paragraph, for the screen and the ticket. */
    public static final String RULE = "OpsWorks adds a layer's security groups only to instances launched after the"
            + " change: new instances, and stopped instance-store instances when they start (they get a new EC2"
            + " instance). It never adds groups to, or removes groups from, running instances, and a stopped"
            + " EBS-backed instance restarts the same EC2 instance with its old groups. Those instances have to be"
            + " changed in EC2.";

    private DriftExport() {
    }

    public static String csv(DriftReport report) {
        StringBuilder out = new StringBuilder(
                "layer,instance,opsworks_id,ec2_id,status,desired,actual,missing,extra,"
                        + "no_longer_exist,checked_at,reason" + Csv.LINE_END);
        StackInventory inventory = report.inventory();
        report.byLayer().forEach((layer, drifts) -> drifts.forEach(d -> {
            String[] cells = {layer.name(), d.instance().hostname(), d.instance().id(),
                d.instance().ec2Id().orElse(""), d.status().name(), names(inventory, d.desired()),
                names(inventory, d.actual()), names(inventory, d.missing()), names(inventory, d.extra()),
                String.join(" ", d.deleted()), d.checkedAt().toString(), d.reason()};
            out.append(Csv.row(cells)).append(Csv.LINE_END);
        }));
        return out.toString();
    }

    /** Only the instances with something to look at, grouped by layer, with the rule and the summary. */
    public static String markdown(DriftReport report) {
        StackInventory inventory = report.inventory();
        StringBuilder out = new StringBuilder();
        out.append("# Pending security groups: ").append(inventory.stack().name()).append("\n\n");
        out.append("Stack `").append(inventory.stack().id()).append("`, region ").append(inventory.stack().region())
                .append(", checked ").append(report.checkedAt()).append(".\n\n");
        out.append("**").append(report.summary()).append("**\n\n");
        out.append("> ").append(RULE).append("\n");
        for (Map.Entry<Layer, List<GroupDrift>> entry : report.byLayer().entrySet()) {
            List<GroupDrift> problems = entry.getValue().stream().filter(GroupDrift::hasProblem)
                    .collect(Collectors.toList());
            if (problems.isEmpty()) {
                continue;
            }
            out.append("\n## Layer ").append(entry.getKey().name()).append("\n\n");
            out.append("| Instance | EC2 | Status | Missing | Extra | No longer exist |\n");
            out.append("| --- | --- | --- | --- | --- | --- |\n");
            for (GroupDrift d : problems) {
                out.append("| ").append(d.instance().hostname()).append(" | ")
                        .append(d.instance().ec2Id().orElse("\u2014")).append(" | ").append(d.status().label())
                        .append(" | ").append(Printable.markdownCell(names(inventory, d.missing()))).append(" | ")
                        .append(Printable.markdownCell(names(inventory, d.extra()))).append(" | ")
                        .append(Printable.markdownCell(String.join(", ", d.deleted()))).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String names(StackInventory inventory, Collection<String> ids) {
        return ids.stream().map(id -> inventory.groupName(id) + " (" + id + ")").collect(Collectors.joining(", "));
    }

}
