package safetyconsole.ui.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.ChainStep;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.audit.AuditLog;
import safetyconsole.cloud.Stack;

/**
 * The timeline of an instance gone from an Auto Scaling group: its chain as the stack's load explained it (EC2's
 * terminate, the group's activity, the Auto Scaling call, CloudFormation's stack operation), and this console's
 * entries on the instance or its group. The chain is not looked up again: CloudTrail allows two lookups a second.
 */
public final class ScalingTimeline implements TimelineViewModel.Source {

    /**
     * Where the instance was: its group, the group's CloudFormation stack, and the stacks a caller may have meant
     * instead ({@code lookAlikes}, e.g. shop-staging's for shop-prod's).
     */
    public record Group(String name, Optional<String> stackName, List<Stack> lookAlikes) {

        public Group {
            lookAlikes = List.copyOf(lookAlikes);
        }
    }

    private final GoneInstance gone;
    private final Group group;
    private final AuditLog audit;

    public ScalingTimeline(GoneInstance gone, Group group, AuditLog audit) {
        this.gone = gone;
        this.group = group;
        this.audit = audit;
    }

    @Override
    public String name() {
        return gone.instanceId();
    }

    @Override
    public String heading() {
        return gone.instanceId() + "  \u00b7  Auto Scaling group " + group.name()
                + group.stackName().map(stack -> "  \u00b7  CloudFormation stack " + stack).orElse("");
    }

    @Override
    public String reach() {
        return "Auto Scaling keeps six weeks of activities, CloudTrail 90 days of events";
    }

    /** Reads this console's audit log; the chain is already known. */
    @Override
    public List<TimelineViewModel.Row> read() {
        List<List<TimelineViewModel.Row>> groups = new ArrayList<>();
        List<TimelineViewModel.Row> chain = rows();
        if (!chain.isEmpty()) {
            groups.add(chain);
        }
        groups.addAll(ConsoleEntries.about(audit, List.of(gone.instanceId(), group.name())));
        return TimelineViewModel.inTimeOrder(groups);
    }

    /** The chain's lines, and beneath the person's call the groups it may have been meant for. */
    private List<TimelineViewModel.Row> rows() {
        List<TimelineViewModel.Row> rows = new ArrayList<>(ChainRows.of(gone));
        gone.responsible().ifPresent(person -> gone.hops().stream()
                .filter(hop -> hop.candidates().contains(person)).findFirst()
                .ifPresent(hop -> rows.addAll(meantInstead(person, hop.step()))));
        return rows;
    }

    /** A question, never an answer: CloudTrail cannot say which group a caller meant. */
    private List<TimelineViewModel.Row> meantInstead(ChainLink person, ChainStep step) {
        String caller = person.event().userName() == null ? "the caller" : person.event().userName();
        String indent = "    ".repeat(ChainRows.depth(step)) + "? ";
        return group.lookAlikes().stream().map(stack -> new TimelineViewModel.Row(null, "Look-alike", indent
                + stack.name() + stack.migratedFrom().flatMap(origin -> origin.layerName()
                        .map(layer -> " (" + origin.stackName() + "'s " + layer + ")")).orElse("")
                + ": the group " + caller + " meant?", "",
                "CloudTrail records only the group the call named; the stacks' names differ by one word")).toList();
    }
}
