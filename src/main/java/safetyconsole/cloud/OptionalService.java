package safetyconsole.cloud;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A service the console reads on its own: one an account may well not offer, or that may fail while the others
 * answer. Either is a fact about the account, shown as a notice ({@link ServiceNotice}), never a failed connection.
 */
public enum OptionalService {

    OPSWORKS_STACKS("OpsWorks Stacks", LocalDate.of(2024, 5, 26)),
    /** Where Application Manager keeps its applications; without it, migrated stacks are grouped by name. */
    RESOURCE_GROUPS("Resource Groups", null),
    /** The stacks migrated off OpsWorks and the groups they hold: without either, those are NOT CHECKED. */
    CLOUDFORMATION("CloudFormation", null),
    AUTO_SCALING("Auto Scaling", null),
    /** Run lists, documents and the look on an instance: without it, those are NOT CHECKED with the reason. */
    SYSTEMS_MANAGER("Systems Manager", null);

    private final String label;
    private final LocalDate closedOn;

    OptionalService(String label, LocalDate closedOn) {
        this.label = label;
        this.closedOn = closedOn;
    }

    /** The service's own name, e.g. "OpsWorks Stacks". */
    public String label() {
        return label;
    }

    /** When AWS switched the service off for every account, if it did. */
    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }
}
