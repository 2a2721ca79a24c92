package safetyconsole.guard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.audit.Sha256;

/**
 * What a plan on a migrated stack sets, beside its targets: each operation takes its own kind, so a desired
 * capacity cannot reach a deletion. The audit log records {@link #forAudit()} as the chosen variant.
 */
public sealed interface ScalingChange {

    /** The API parameters chosen, as the audit log names them; empty when there was nothing to choose. */
    Optional<String> forAudit();

    /** How the audit log names a target of this change. */
    default String describe(PlanTarget target) {
        return target.describe();
    }

    /** Nothing to choose: starting or cancelling a refresh, deleting a CloudFormation stack. */
    record None() implements ScalingChange {

        @Override
        public Optional<String> forAudit() {
            return Optional.empty();
        }
    }

    /** SetDesiredCapacity from what the plan read to the operator's number. */
    record Capacity(int from, int to) implements ScalingChange {

        @Override
        public Optional<String> forAudit() {
            return Optional.of("DesiredCapacity " + from + " -> " + to);
        }
    }

    /** TerminateInstanceInAutoScalingGroup: with the decrement no replacement is launched. */
    record Termination(boolean decrementDesiredCapacity) implements ScalingChange {

        @Override
        public Optional<String> forAudit() {
            return decrementDesiredCapacity ? Optional.of("ShouldDecrementDesiredCapacity") : Optional.empty();
        }
    }

    /** DeleteAutoScalingGroup: with force every instance of the group is terminated with it. */
    record GroupDeletion(boolean forceDelete) implements ScalingChange {

        @Override
        public Optional<String> forAudit() {
            return forceDelete ? Optional.of("ForceDelete") : Optional.empty();
        }
    }

    /**
     * SendCommand(AWS-RunShellScript) of the look's script for {@code logDirectory}; the audit log names the
     * directory and the script's SHA-256, so the entry says exactly what ran.
     */
    record Script(String logDirectory, String script) implements ScalingChange {

        public Script {
            Objects.requireNonNull(logDirectory, "logDirectory");
            Objects.requireNonNull(script, "script");
        }

        @Override
        public Optional<String> forAudit() {
            return Optional.of("AWS-RunShellScript look LOG_DIR=" + logDirectory + " sha256=" + Sha256.hex(script));
        }
    }

    /** ModifyInstanceAttribute(Groups): per instance id, its groups before and after. */
    record Groups(Map<String, GroupChange> byInstanceId) implements ScalingChange {

        public Groups {
            byInstanceId = Map.copyOf(byInstanceId);
        }

        public List<String> after(PlanTarget target) {
            return byInstanceId.get(target.id()).after();
        }

        @Override
        public Optional<String> forAudit() {
            return Optional.empty();
        }

        /** With the groups before and after, so the log shows what changed. */
        @Override
        public String describe(PlanTarget target) {
            return target.describe() + " groups " + byInstanceId.get(target.id()).describe();
        }
    }
}
