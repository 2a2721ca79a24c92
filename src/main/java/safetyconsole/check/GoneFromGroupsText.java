package safetyconsole.check;

import java.util.List;

import safetyconsole.attribution.scaling.ChainHop;
import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.MissingLink;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.migrated.ChainWords;
import safetyconsole.migrated.GoneFromGroup;
import safetyconsole.text.Printable;

/**
 * The text of the instances gone from a migrated stack's groups: per group what changed, per instance its fate and
 * who was behind it, then every link of the chain with its evidence, every candidate (best first) and every link
 * missing with its reason.
 */
final class GoneFromGroupsText {

    private GoneFromGroupsText() {
    }

    static void append(StringBuilder out, List<GoneFromGroup> groups) {
        for (GoneFromGroup group : groups) {
            out.append("  Gone since the console last saw the stack (").append(group.chain().from()).append("): ")
                    .append(Printable.of(group.sentence())).append(".\n");
            group.chain().unchecked().forEach(link -> out.append("    NOT CHECKED: ").append(missing(link))
                    .append("\n"));
            group.chain().instances().forEach(instance -> appendInstance(out, instance));
        }
    }

    private static void appendInstance(StringBuilder out, GoneInstance instance) {
        out.append("    ").append(Printable.of(instance.instanceId())).append(": ")
                .append(ChainWords.fate(instance.fate())).append(" \u2014 ").append(instance.responsible()
                        .map(link -> Printable.of(ChainWords.who(link.event(), link.caller()) + ", "
                                + link.event().eventName()))
                        .orElse(instance.onItsOwn().map(GoneFromGroupsText::onItsOwn).orElse("nobody named")))
                .append("\n");
        instance.ec2Event().ifPresent(event -> out.append("      EC2 ").append(event(event)).append("\n"));
        instance.activity().ifPresent(activity -> out.append("      Scaling activity: ").append(activity(activity))
                .append(instance.cause().filter(cause -> cause.unclassified()).isPresent() ? " [unclassified]" : "")
                .append("\n"));
        for (ChainHop hop : instance.hops()) {
            List<ChainLink> candidates = hop.candidates();
            for (int i = 0; i < candidates.size(); i++) {
                out.append("      ").append(i == 0 ? ChainWords.step(hop.step()) + ": " : "  or: ")
                        .append(ChainWords.link(candidates.get(i))).append("\n");
            }
        }
        instance.missing().forEach(link -> out.append("      Not found: ").append(missing(link)).append("\n"));
    }

    private static String onItsOwn(GoneInstance.OnItsOwn onItsOwn) {
        return switch (onItsOwn) {
            case HEALTH_REPLACEMENT -> "Auto Scaling on its own (a failed health check)";
            case SCALING_POLICY -> "Auto Scaling on its own (an alarm triggered a scaling policy)";
        };
    }

    /** The values below come from CloudTrail and Auto Scaling: printable, so they cannot forge a report line. */
    private static String event(TrailEvent event) {
        return Printable.of(event.eventName() + " at " + event.eventTime() + " by " + event.principalArn()
                + (event.invokedBy() == null ? "" : " (invoked by " + event.invokedBy() + ")") + ", event "
                + event.eventId());
    }

    private static String activity(ScalingActivity activity) {
        return Printable.of(activity.description() + " at " + activity.startTime() + ", cause \"" + activity.cause()
                + "\"");
    }

    private static String missing(MissingLink link) {
        return ChainWords.step(link.step()) + ": " + ChainWords.reason(link.reason()) + " ("
                + Printable.of(link.detail()) + ")"
                + link.failure().map(failure -> ". " + CheckMessages.sentence(failure)).orElse("");
    }
}
