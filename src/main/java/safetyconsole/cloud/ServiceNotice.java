package safetyconsole.cloud;

import java.util.Objects;
import java.util.Optional;

/**
 * What the console could not read of one service while listing an account's stacks: the service is not offered at
 * all ({@code failure} empty), or reading it, or one {@code item} of it, failed with {@code failure}. The window
 * and the check word it (wording.FailureSentences); it never fails the connection.
 */
public record ServiceNotice(OptionalService service, Optional<String> item, Optional<CloudException> failure) {

    public ServiceNotice {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(failure, "failure");
        if (item.isPresent() && failure.isEmpty()) {
            throw new IllegalArgumentException("An item is named only when reading it failed");
        }
    }

    /** The account does not offer {@code service}. */
    public static ServiceNotice notOffered(OptionalService service) {
        return new ServiceNotice(service, Optional.empty(), Optional.empty());
    }

    /** Reading {@code service} failed; a failure that says the service is not offered becomes {@link #notOffered}. */
    public static ServiceNotice failed(OptionalService service, CloudException failure) {
        if (failure.kind() == CloudException.Kind.SERVICE_UNAVAILABLE_HERE) {
            return notOffered(service);
        }
        return new ServiceNotice(service, Optional.empty(), Optional.of(failure));
    }

    /** Reading one item of {@code service} failed; the others were read. */
    public static ServiceNotice itemFailed(OptionalService service, String item, CloudException failure) {
        return new ServiceNotice(service, Optional.of(item), Optional.of(failure));
    }

    /**
     * Whether stacks (or parts of them) went unchecked. Information alone is not: OpsWorks Stacks not offered (as
     * in every account since its end of life), or Resource Groups missing (the stacks are grouped by name).
     */
    public boolean leavesSomethingUnchecked() {
        return item.isPresent() || switch (service) {
            case OPSWORKS_STACKS, RESOURCE_GROUPS -> false;
            case CLOUDFORMATION, AUTO_SCALING, SYSTEMS_MANAGER -> true;
        };
    }
}
