package safetyconsole.guard;

import java.util.Objects;

/**
 * One target as it was when planned. Re-verification compares the live account with exactly these values;
 * {@code status} and {@code ec2Id} are empty for targets other than instances.
 */
public record PlanTarget(TargetKind kind, String id, String name, String ec2Id, String status, String layers,
                         String rootDevice, String elasticIp) {

    public PlanTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** How the audit log names it: {@code rails-app7 (opsworks-id, i-…)}. */
    public String describe() {
        return name + " (" + id + (ec2Id == null ? "" : ", " + ec2Id) + ")";
    }
}
