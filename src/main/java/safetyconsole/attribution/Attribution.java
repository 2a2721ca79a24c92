package safetyconsole.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import safetyconsole.cloud.TrailEvent;

/** Who really changed an instance: every EC2 event on it, each with the people's calls that may be behind it. */
public record Attribution(AttributionTarget target, List<Finding> findings, Instant from, Instant to) {

    /** CloudTrail's event history reaches back this far; older events are gone from LookupEvents. */
    public static final Duration HISTORY = Duration.ofDays(90);

    public Attribution {
        findings = List.copyOf(findings);
    }

    /** What kind of actor an EC2 event had. */
    public enum Kind {
        /** Made by a person (or role) directly in EC2: the event itself names them. */
        DIRECT,
        /** Made by OpsWorks after a person's OpsWorks call: the candidates name who. */
        OPSWORKS_FOR_A_CALLER,
        /** Made by OpsWorks with no OpsWorks call before it: auto healing or auto scaling, not a person. */
        OPSWORKS_ON_ITS_OWN
    }

    /** One EC2 event and, when OpsWorks made it, the OpsWorks calls that may be behind it, best first. */
    public record Finding(TrailEvent ec2Event, Kind kind, List<Candidate> candidates) {

        public Finding {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A person's OpsWorks call that may have caused the EC2 event: how long before it, and whether its action
     * is the one that makes that EC2 call (a DeleteInstance for a TerminateInstances) or only could
     * (a StopInstance of an instance-store instance also terminates).
     */
    public record Candidate(TrailEvent call, Duration before, boolean exactAction) {
    }
}
