package safetyconsole.ui.attribution;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.ChainStep;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.ScalingChain;
import safetyconsole.attribution.scaling.ScalingChains;
import safetyconsole.audit.AuditLog;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Stack;

/**
 * The timeline of an instance gone from an Auto Scaling group: the chain from EC2's terminate back to a person
 * (through the group's activity, the Auto Scaling call and CloudFormation's stack operation), and this console's
 * entries on the instance or its group.
 */
public final class ScalingTimeline implements TimelineViewModel.Source {

    /**
     * The instance and where it was: its group, the group's CloudFormation stack, when it was last seen, and the
     * stacks a caller may have meant instead ({@code lookAlikes}, e.g. shop-staging's for shop-prod's).
     */
    public record GoneFromGroup(String instanceId, String region, String groupName, Optional<String> stackName,
                                Instant lastSeen, List<Stack> lookAlikes) {

        public GoneFromGroup {
            lookAlikes = List.copyOf(lookAlikes);
        }
    }

    private final GoneFromGroup gone;
    private final CloudAccount account;
    private final AuditLog audit;
    private final Clock clock;

    public ScalingTimeline(GoneFromGroup gone, CloudAccount account, AuditLog audit, Clock clock) {
        this.gone = gone;
        this.account = account;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return gone.instanceId();
    }

    @Override
    public String heading() {
        return gone.instanceId() + "  \u00b7  Auto Scaling group " + gone.groupName()
                + gone.stackName().map(stack -> "  \u00b7  CloudFormation stack " + stack).orElse("");
    }

    @Override
    public String reach() {
        return "Auto Scaling keeps six weeks of activities, CloudTrail 90 days of events";
    }

    @Override
    public List<TimelineViewModel.Row> read() {
        ScalingChain chain = new ScalingChains(account, clock).explain(gone.region(), gone.groupName(),
                gone.stackName(), List.of(gone.instanceId()), gone.lastSeen(), clock.instant());
        List<List<TimelineViewModel.Row>> groups = new ArrayList<>();
        chain.instances().stream().filter(instance -> instance.instanceId().equals(gone.instanceId()))
                .map(this::rows).filter(rows -> !rows.isEmpty()).forEach(groups::add);
        groups.addAll(ConsoleEntries.about(audit, List.of(gone.instanceId(), gone.groupName())));
        return TimelineViewModel.inTimeOrder(groups);
    }

    /** The chain's lines, and beneath the person's call the groups it may have been meant for. */
    private List<TimelineViewModel.Row> rows(GoneInstance instance) {
        List<TimelineViewModel.Row> rows = new ArrayList<>(ChainRows.of(instance));
        instance.responsible().ifPresent(person -> instance.hops().stream()
                .filter(hop -> hop.candidates().contains(person)).findFirst()
                .ifPresent(hop -> rows.addAll(meantInstead(person, hop.step()))));
        return rows;
    }

    /** A question, never an answer: CloudTrail cannot say which group a caller meant. */
    private List<TimelineViewModel.Row> meantInstead(ChainLink person, ChainStep step) {
        String caller = person.event().userName() == null ? "the caller" : person.event().userName();
        String indent = "    ".repeat(ChainRows.depth(step)) + "? ";
        return gone.lookAlikes().stream().map(stack -> new TimelineViewModel.Row(null, "Look-alike", indent
                + stack.name() + stack.migratedFrom().map(origin -> ", the same layer of " + origin.stackName())
                .orElse("") + ": the group " + caller + " meant?", "",
                "CloudTrail records only the group the call named; the stacks' names differ by one word")).toList();
    }
}
