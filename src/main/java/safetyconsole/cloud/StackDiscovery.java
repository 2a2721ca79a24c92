package safetyconsole.cloud;

import java.util.List;

/**
 * The stacks an account shows, and which of the services holding stacks it does not offer (OpsWorks Stacks, since
 * its end of life): an absent service contributes no stacks, and the account opens anyway.
 */
public record StackDiscovery(List<Stack> stacks, List<OptionalService> unavailable) {

    public StackDiscovery {
        stacks = List.copyOf(stacks);
        unavailable = List.copyOf(unavailable);
    }

    /** Every other failure still leaves as the {@link CloudException} it is. */
    public static StackDiscovery read(CloudAccount account) {
        try {
            return new StackDiscovery(account.describeStacks(), List.of());
        } catch (CloudException e) {
            if (e.kind() == CloudException.Kind.SERVICE_UNAVAILABLE_HERE && e.unavailableService().isPresent()) {
                return new StackDiscovery(List.of(), List.of(e.unavailableService().get()));
            }
            throw e;
        }
    }
}
