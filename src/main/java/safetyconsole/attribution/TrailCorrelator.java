package safetyconsole.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/**
 * Finds who is behind the EC2 events on an instance. EC2 calls OpsWorks makes (in the stack's region) carry
 * {@code invokedBy: opsworks.amazonaws.com} and the service role, not the person; the person's own OpsWorks
 * call (in the OpsWorks endpoint region, on the OpsWorks instance id) comes shortly before. Every call that
 * fits is listed, ranked; none is picked silently. One lookup for the instance's EC2 events, and one per
 * stretch of time in which OpsWorks acted on it.
 */
public final class TrailCorrelator {

    /** How long before an EC2 event its OpsWorks call may be (a stop runs shutdown recipes first). */
    public static final Duration WINDOW = Duration.ofMinutes(30);
    /** Clocks of two regions' records may disagree a little: a call this much after still counts. */
    public static final Duration SKEW = Duration.ofMinutes(2);

    static final String OPSWORKS = "opsworks.amazonaws.com";
    private static final String EC2 = "ec2.amazonaws.com";

    /** For each EC2 action, the OpsWorks actions that make it; the first is the exact one. */
    private static final Map<String, List<String>> CAUSES = Map.of(
            "TerminateInstances", List.of("DeleteInstance", "StopInstance"),
            "StopInstances", List.of("StopInstance"),
            "StartInstances", List.of("StartInstance"),
            "RunInstances", List.of("StartInstance"),
            "RebootInstances", List.of("RebootInstance"));

    private final CloudAccount trail;
    private final String endpointRegion;

    public TrailCorrelator(CloudAccount trail, String endpointRegion) {
        this.trail = trail;
        this.endpointRegion = endpointRegion;
    }

    public Attribution attribute(AttributionTarget target, Instant from, Instant to) {
        List<TrailEvent> ec2Events = trail.lookupTrailEvents(new TrailQuery(target.stackRegion(),
                        TrailQuery.Attribute.RESOURCE_NAME, target.ec2InstanceId(), from, to)).stream()
                .filter(e -> e.eventSource().equals(EC2) && CAUSES.containsKey(e.eventName()))
                .sorted(Comparator.comparing(TrailEvent::eventTime)).collect(Collectors.toList());
        List<TrailEvent> calls = callsBefore(ec2Events.stream().filter(e -> OPSWORKS.equals(e.invokedBy()))
                .collect(Collectors.toList()), target.opsworksInstanceId());
        List<Attribution.Finding> findings = new ArrayList<>();
        for (TrailEvent event : ec2Events) {
            findings.add(finding(event, calls));
        }
        return new Attribution(target, findings, from, to);
    }

    /**
     * The OpsWorks calls on the instance in the window before each EC2 event OpsWorks made, looked up by
     * event source (an OpsWorks record names its instance in the request, not always as a resource): one
     * lookup per stretch of overlapping windows, so a stop and a delete minutes apart cost one.
     */
    private List<TrailEvent> callsBefore(List<TrailEvent> opsworksMade, String opsworksInstanceId) {
        Map<String, TrailEvent> calls = new LinkedHashMap<>();
        Instant start = null;
        Instant end = null;
        for (TrailEvent event : opsworksMade) {
            Instant from = event.eventTime().minus(WINDOW);
            if (end != null && from.isAfter(end)) {
                lookUpCalls(start, end, opsworksInstanceId, calls);
                start = null;
            }
            start = start == null ? from : start;
            end = event.eventTime().plus(SKEW);
        }
        if (start != null) {
            lookUpCalls(start, end, opsworksInstanceId, calls);
        }
        return new ArrayList<>(calls.values());
    }

    private void lookUpCalls(Instant from, Instant to, String opsworksInstanceId, Map<String, TrailEvent> calls) {
        trail.lookupTrailEvents(new TrailQuery(endpointRegion, TrailQuery.Attribute.EVENT_SOURCE, OPSWORKS, from, to))
                .stream().filter(e -> opsworksInstanceId.equals(e.requestParameters().get("instanceId")))
                .forEach(e -> calls.putIfAbsent(e.eventId(), e));
    }

    private static Attribution.Finding finding(TrailEvent event, List<TrailEvent> calls) {
        if (!OPSWORKS.equals(event.invokedBy())) {
            return new Attribution.Finding(event, Attribution.Kind.DIRECT, List.of());
        }
        List<String> causes = CAUSES.get(event.eventName());
        Set<String> names = Set.copyOf(causes);
        List<Attribution.Candidate> candidates = calls.stream()
                .filter(call -> names.contains(call.eventName()))
                .filter(call -> !call.eventTime().isBefore(event.eventTime().minus(WINDOW))
                        && !call.eventTime().isAfter(event.eventTime().plus(SKEW)))
                .map(call -> new Attribution.Candidate(call, Duration.between(call.eventTime(), event.eventTime()),
                        call.eventName().equals(causes.get(0))))
                .sorted(Comparator.comparing((Attribution.Candidate c) -> !c.exactAction())
                        .thenComparing(c -> c.before().abs()))
                .collect(Collectors.toList());
        return new Attribution.Finding(event, candidates.isEmpty() ? Attribution.Kind.OPSWORKS_ON_ITS_OWN
                : Attribution.Kind.OPSWORKS_FOR_A_CALLER, candidates);
    }
}
