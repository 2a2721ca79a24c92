package safetyconsole.ui.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import safetyconsole.attribution.Attribution;
import safetyconsole.attribution.AttributionTarget;
import safetyconsole.attribution.TrailCorrelator;
import safetyconsole.audit.AuditLog;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackDiscovery;
import safetyconsole.cloud.TrailEvent;

/**
 * An OpsWorks instance's timeline: CloudTrail's EC2 events on it, each with the people's OpsWorks calls that may be
 * behind it beneath (a call can explain two events and then appears under both), and this console's entries.
 */
public final class OpsWorksTimeline implements TimelineViewModel.Source {

    private final AttributionTarget target;
    private final CloudAccount account;
    private final AuditLog audit;
    private final Instant to;

    public OpsWorksTimeline(AttributionTarget target, CloudAccount account, AuditLog audit, Instant now) {
        this.target = target;
        this.account = account;
        this.audit = audit;
        this.to = now;
    }

    @Override
    public String name() {
        return target.hostname();
    }

    @Override
    public String heading() {
        return target.hostname() + "  \u00b7  OpsWorks " + target.opsworksInstanceId() + "  \u00b7  EC2 "
                + target.ec2InstanceId();
    }

    @Override
    public String reach() {
        return "CloudTrail keeps 90 days of history";
    }

    @Override
    public List<TimelineViewModel.Row> read() {
        Attribution attribution = new TrailCorrelator(account, account.endpointRegion())
                .attribute(target, to.minus(Attribution.HISTORY), to);
        Map<String, String> stackNames = new HashMap<>();
        StackDiscovery.read(account).stacks().forEach((Stack s) -> stackNames.put(s.id(), s.name()));
        List<List<TimelineViewModel.Row>> groups = new ArrayList<>();
        attribution.findings().forEach(finding -> groups.add(rows(finding, stackNames)));
        groups.addAll(ConsoleEntries.about(audit, List.of(target.opsworksInstanceId())));
        return TimelineViewModel.inTimeOrder(groups);
    }

    private static List<TimelineViewModel.Row> rows(Attribution.Finding finding, Map<String, String> stackNames) {
        TrailEvent event = finding.ec2Event();
        List<TimelineViewModel.Row> group = new ArrayList<>();
        group.add(new TimelineViewModel.Row(event.eventTime(), "EC2",
                event.eventName() + " " + String.join(", ", event.resourceIds()), whoOf(finding),
                "region " + event.region()));
        int rank = 1;
        for (Attribution.Candidate candidate : finding.candidates()) {
            TrailEvent call = candidate.call();
            String stack = stackNames.getOrDefault(call.requestParameters().get("stackId"),
                    call.requestParameters().getOrDefault("stackId", "?"));
            group.add(new TimelineViewModel.Row(call.eventTime(), "OpsWorks call", "\u21b3 #" + rank++ + " "
                    + call.eventName() + " in stack " + stack, call.principalArn(), "from " + call.sourceIp()
                    + ", MFA " + (call.mfaAuthenticated() ? "yes" : "no") + ", " + candidate.before().toSeconds()
                    + " s before" + (candidate.exactAction() ? "" : " (could also explain it)")));
        }
        return group;
    }

    private static String whoOf(Attribution.Finding finding) {
        return switch (finding.kind()) {
            case DIRECT -> finding.ec2Event().principalArn();
            case OPSWORKS_FOR_A_CALLER -> "OpsWorks, for the caller below";
            case OPSWORKS_ON_ITS_OWN -> "OpsWorks on its own (auto healing or auto scaling): no user call found";
        };
    }
}
