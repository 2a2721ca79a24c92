package safetyconsole.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.attribution.Attribution;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.drift.GroupDrift;
import safetyconsole.inventory.StackInventory;
import safetyconsole.json.Json;
import safetyconsole.logrotate.AppLogCheck;
import safetyconsole.logrotate.RailsRotation;
import safetyconsole.text.Printable;

/**
 * The check's two outputs: text for people, and JSON for scripts. The JSON shape is documented in
 * docs/check-json.md and versioned by its {@code "format"} member: fields are only ever added.
 */
public final class CheckOutput {

    public static final int FORMAT_VERSION = 1;

    private CheckOutput() {
    }

    public static String text(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Safety check of ").append(Printable.of(report.source())).append(", account ")
                .append(report.caller().accountId())
                .append(report.accountAlias().map(alias -> " (" + Printable.of(alias) + ")").orElse(""))
                .append(" as ").append(Printable.of(report.caller().principalName())).append("\n");
        out.append("Migrated stacks read in ").append(String.join(", ", report.regionsRead())).append(".\n");
        for (ServiceNotice notice : report.notices()) {
            // What went unchecked says so in its own words; the rest is information.
            out.append(notice.leavesSomethingUnchecked() ? "" : "Information: ")
                    .append(Printable.of(CheckMessages.notice(notice)))
                    .append(".\n");
        }
        for (CheckReport.StackResult stack : report.stacks()) {
            StackInventory inventory = stack.inventory();
            out.append("\n[").append(stack.classification().environment().label()).append("] ")
                    .append(Printable.of(inventory.stack().name())).append(" (")
                    .append(Printable.of(inventory.stack().region())).append(")\n");
            out.append("  Security groups: ").append(stack.pendingGroups().summary()).append("\n");
            for (GroupDrift drift : stack.groupFindings()) {
                out.append("    ").append(Printable.of(drift.instance().hostname())).append(": ")
                        .append(drift.status().label());
                if (!drift.missing().isEmpty()) {
                    out.append("; missing ").append(Printable.of(names(inventory, drift.missing())));
                }
                if (!drift.extra().isEmpty()) {
                    out.append("; extra ").append(Printable.of(names(inventory, drift.extra())));
                }
                if (!drift.deleted().isEmpty()) {
                    out.append("; layers name deleted ").append(Printable.of(String.join(", ", drift.deleted())));
                }
                out.append(" \u2014 ").append(Printable.of(drift.reason())).append("\n");
            }
            if (!stack.missing().isEmpty()) {
                out.append("  Missing: ").append(Printable.of(stack.missing().sentence())).append("\n");
                for (Attribution attribution : stack.attributions()) {
                    for (Attribution.Finding finding : attribution.findings()) {
                        out.append("    ").append(Printable.of(attribution.target().hostname())).append(": ")
                                .append(finding.ec2Event().eventName())
                                .append(" at ").append(finding.ec2Event().eventTime())
                                .append(" by ").append(Printable.of(actor(finding))).append("\n");
                    }
                }
            }
            if (stack.logRotation().isEmpty()) {
                out.append("  Log rotation: no Rails apps on a Rails App Server layer.\n");
            }
            for (AppLogCheck app : stack.logRotation()) {
                out.append("  Log rotation of ").append(Printable.of(app.app().name())).append(": ")
                        .append(app.status().name()
                        .replace('_', ' ').toLowerCase(Locale.ROOT)).append("\n");
                for (RailsRotation rotation : app.rotations()) {
                    out.append("    ").append(Printable.of(rotation.file())).append(":").append(rotation.line())
                            .append(" ")
                            .append(Printable.of(rotation.detail())).append("\n");
                }
                app.problems().forEach(p -> out.append("    ").append(Printable.of(p)).append("\n"));
            }
        }
        report.migratedStacks().forEach(stack -> MigratedStackText.append(out, stack));
        int findings = report.findings();
        out.append("\n").append(findings == 0 ? "No findings." : findings + " finding" + (findings == 1 ? "" : "s")
                + " to look at.").append("\n");
        // Each value is escaped where it is written; this catches what a future line forgets.
        return Printable.ofLines(out.toString());
    }

    public static String json(CheckReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT_VERSION);
        root.put("source", report.source());
        root.put("accountId", report.caller().accountId());
        root.put("accountAlias", report.accountAlias().orElse(null));
        root.put("callerArn", report.caller().arn());
        root.put("findings", report.findings());
        report.regionsRead().forEach(root.putArray("regionsRead")::add);
        ArrayNode unavailable = root.putArray("unavailableServices");
        ArrayNode unread = root.putArray("unreadServices");
        for (ServiceNotice notice : report.notices()) {
            OptionalService service = notice.service();
            boolean information = notice.failure().isEmpty() && !notice.leavesSomethingUnchecked();
            ObjectNode entry = information ? unavailable.addObject() : unread.addObject();
            entry.put("service", service.name());
            entry.put("name", service.label());
            if (information) {
                entry.put("closedOn", service.closedOn().map(Object::toString).orElse(null));
                entry.put("information", CheckMessages.notice(notice));
            } else {
                entry.put("item", notice.item().orElse(null));
                entry.put("errorKind", notice.failure().map(failure -> failure.kind().name()).orElse(null));
                entry.put("finding", notice.leavesSomethingUnchecked());
                entry.put("sentence", CheckMessages.notice(notice));
            }
        }
        ArrayNode stacks = root.putArray("stacks");
        for (CheckReport.StackResult result : report.stacks()) {
            StackInventory inventory = result.inventory();
            ObjectNode stack = stacks.addObject();
            stack.put("id", inventory.stack().id());
            stack.put("name", inventory.stack().name());
            stack.put("region", inventory.stack().region());
            stack.put("environment", result.classification().environment().name());
            stack.put("checkedAt", inventory.loadedAt().toString());
            stack.put("findings", result.findings());
            ObjectNode groups = stack.putObject("securityGroups");
            groups.put("summary", result.pendingGroups().summary());
            ArrayNode instances = groups.putArray("instances");
            for (GroupDrift drift : result.pendingGroups().instances()) {
                ObjectNode instance = instances.addObject();
                instance.put("hostname", drift.instance().hostname());
                instance.put("opsworksId", drift.instance().id());
                instance.put("ec2Id", drift.instance().ec2Id().orElse(null));
                instance.put("status", drift.status().name());
                instance.put("finding", result.groupFindings().contains(drift));
                groupsArray(instance.putArray("missing"), inventory, drift.missing());
                groupsArray(instance.putArray("extra"), inventory, drift.extra());
                drift.deleted().forEach(instance.putArray("deleted")::add);
                instance.put("reason", drift.reason());
            }
            ArrayNode missing = stack.putArray("missingInstances");
            for (var gone : result.missing().gone()) {
                ObjectNode instance = missing.addObject();
                instance.put("hostname", gone.hostname());
                instance.put("opsworksId", gone.id());
                instance.put("ec2Id", gone.ec2InstanceId());
                instance.put("lastSeen", result.missing().lastSeen().toString());
                ArrayNode events = instance.putArray("attribution");
                result.attributions().stream().filter(a -> a.target().opsworksInstanceId().equals(gone.id()))
                        .flatMap(a -> a.findings().stream()).forEach(finding -> {
                            ObjectNode event = events.addObject();
                            event.put("time", finding.ec2Event().eventTime().toString());
                            event.put("event", finding.ec2Event().eventName());
                            event.put("kind", finding.kind().name());
                            ArrayNode candidates = event.putArray("candidates");
                            finding.candidates().forEach(c -> {
                                ObjectNode candidate = candidates.addObject();
                                candidate.put("call", c.call().eventName());
                                candidate.put("principalArn", c.call().principalArn());
                                candidate.put("sourceIp", c.call().sourceIp());
                                candidate.put("mfa", c.call().mfaAuthenticated());
                                candidate.put("stackId", c.call().requestParameters().get("stackId"));
                                candidate.put("secondsBefore", c.before().toSeconds());
                            });
                        });
            }
            ArrayNode apps = stack.putArray("logRotation");
            for (AppLogCheck check : result.logRotation()) {
                ObjectNode app = apps.addObject();
                app.put("app", check.app().name());
                app.put("shortname", check.app().shortname());
                app.put("railsEnv", check.railsEnv());
                app.put("status", check.status().name());
                app.put("opsworksLogrotate", check.opsworks().render());
                ArrayNode rotations = app.putArray("railsRotations");
                for (RailsRotation rotation : check.rotations()) {
                    ObjectNode r = rotations.addObject();
                    r.put("file", rotation.file());
                    r.put("line", rotation.line());
                    r.put("kind", rotation.kind().name());
                    r.put("detail", rotation.detail());
                }
                check.problems().forEach(app.putArray("problems")::add);
            }
        }
        ArrayNode migrated = root.putArray("migratedStacks");
        report.migratedStacks().forEach(stack -> MigratedStackJson.add(migrated.addObject(), stack));
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the check report", e);
        }
    }

    /** Who is behind an EC2 event, in a few words for the text report. */
    private static String actor(Attribution.Finding finding) {
        return switch (finding.kind()) {
            case DIRECT -> finding.ec2Event().principalArn();
            case OPSWORKS_FOR_A_CALLER -> {
                Attribution.Candidate best = finding.candidates().get(0);
                int count = finding.candidates().size();
                yield "OpsWorks for " + best.call().principalArn() + " (" + best.call().eventName() + ")"
                        + (count > 1 ? ", the nearest of " + count + " candidate calls" : "");
            }
            case OPSWORKS_ON_ITS_OWN -> "OpsWorks on its own (auto healing or auto scaling)";
        };
    }

    private static void groupsArray(ArrayNode array, StackInventory inventory, Set<String> ids) {
        for (String id : ids) {
            ObjectNode group = array.addObject();
            group.put("id", id);
            group.put("name", inventory.groupName(id));
        }
    }

    private static String names(StackInventory inventory, Set<String> ids) {
        return String.join(", ", ids.stream().map(inventory::groupName).toList());
    }

    static List<String> formats() {
        return List.of("text", "json");
    }
}
