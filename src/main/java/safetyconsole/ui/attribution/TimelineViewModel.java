package safetyconsole.ui.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.attribution.Attribution;
import safetyconsole.attribution.AttributionTarget;
import safetyconsole.attribution.TrailCorrelator;
import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackDiscovery;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;

/**
 * The history of one instance: CloudTrail's EC2 events on it, the people's OpsWorks calls behind them
 * (ranked, never picked), and this console's own audit entries about it, in time order.
 */
public final class TimelineViewModel {

    /** One line of the timeline. {@code kind}: "EC2", "OpsWorks call" or "This console". */
    public record Row(Instant time, String kind, String what, String who, String details) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TimelineViewModel.class);

    private final AttributionTarget target;
    private final CloudAccount account;
    private final AuditLog audit;
    private final TaskRunner runner;
    private final Instant to;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public TimelineViewModel(AttributionTarget target, CloudAccount account, AuditLog audit, TaskRunner runner,
                             Instant now) {
        this.target = target;
        this.account = account;
        this.audit = audit;
        this.runner = runner;
        this.to = now;
    }

    public void load() {
        loading.set(true);
        message.set("Looking up CloudTrail (the last 90 days) and this console's audit log\u2026");
        Instant from = to.minus(Attribution.HISTORY);
        runner.run("Who changed " + target.hostname(), () -> {
            Attribution attribution = new TrailCorrelator(account, account.endpointRegion())
                    .attribute(target, from, to);
            Map<String, String> stackNames = new HashMap<>();
            StackDiscovery.read(account).stacks().forEach((Stack s) -> stackNames.put(s.id(), s.name()));
            List<AuditEntry> entries = audit.readAll().stream()
                    .filter(e -> e.record().targets().stream().anyMatch(t -> t.contains(target.opsworksInstanceId())))
                    .toList();
            return timeline(attribution, stackNames, entries);
        }, (List<Row> timeline) -> {
            loading.set(false);
            rows.setAll(timeline);
            message.set(summary(timeline));
        }, error -> {
            loading.set(false);
            LOG.warn("Timeline of {} failed", target, error);
            message.set("The history could not be read. " + ErrorMessages.sentence(error));
        });
    }

    /**
     * Each EC2 event with the calls that may be behind it right beneath it (a call can explain two events and
     * then appears under both), and this console's entries; groups in time order.
     */
    static List<Row> timeline(Attribution attribution, Map<String, String> stackNames, List<AuditEntry> audit) {
        List<List<Row>> groups = new ArrayList<>();
        for (Attribution.Finding finding : attribution.findings()) {
            TrailEvent event = finding.ec2Event();
            List<Row> group = new ArrayList<>();
            group.add(new Row(event.eventTime(), "EC2",
                    event.eventName() + " " + String.join(", ", event.resourceIds()),
                    whoOf(finding), "region " + event.region()));
            int rank = 1;
            for (Attribution.Candidate candidate : finding.candidates()) {
                TrailEvent call = candidate.call();
                String stack = stackNames.getOrDefault(call.requestParameters().get("stackId"),
                        call.requestParameters().getOrDefault("stackId", "?"));
                group.add(new Row(call.eventTime(), "OpsWorks call", "\u21b3 #" + rank++ + " " + call.eventName()
                        + " in stack " + stack, call.principalArn(), "from " + call.sourceIp() + ", MFA "
                        + (call.mfaAuthenticated() ? "yes" : "no") + ", " + candidate.before().toSeconds()
                        + " s before" + (candidate.exactAction() ? "" : " (could also explain it)")));
            }
            groups.add(group);
        }
        for (AuditEntry entry : audit) {
            groups.add(List.of(new Row(entry.time(), "This console", entry.record().phase() + " "
                    + entry.record().operation()
                    + (entry.record().outcome() == null ? "" : ": " + entry.record().outcome()),
                    entry.record().operator().osUser() + "@" + entry.record().operator().host() + " as "
                            + entry.record().callerArn(), "typed \"" + entry.record().evidence().typedText() + "\""
                    + (entry.record().evidence().reason() == null
                            ? "" : ", reason: " + entry.record().evidence().reason()))));
        }
        groups.sort(Comparator.comparing(group -> group.get(0).time()));
        List<Row> out = new ArrayList<>();
        groups.forEach(out::addAll);
        return out;
    }

    private static String whoOf(Attribution.Finding finding) {
        return switch (finding.kind()) {
            case DIRECT -> finding.ec2Event().principalArn();
            case OPSWORKS_FOR_A_CALLER -> "OpsWorks, for the caller below";
            case OPSWORKS_ON_ITS_OWN -> "OpsWorks on its own (auto healing or auto scaling): no user call found";
        };
    }

    private String summary(List<Row> timeline) {
        if (timeline.isEmpty()) {
            return "No events on " + target.hostname()
                    + " in CloudTrail's 90 days of history, and none from this console.";
        }
        return timeline.size() + (timeline.size() == 1 ? " line for " : " lines for ") + target.hostname()
                + " (" + target.ec2InstanceId() + "). CloudTrail keeps"
                + " 90 days of history; several callers are all listed, best match first.";
    }

    public AttributionTarget target() {
        return target;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
