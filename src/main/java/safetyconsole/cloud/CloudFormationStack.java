package safetyconsole.cloud;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudFormation stack as DescribeStacks lists it: {@code id} is its ARN, {@code status} the API's word
 * ({@code CREATE_COMPLETE}, {@code UPDATE_IN_PROGRESS}, …), kept as text because AWS adds new ones.
 */
public record CloudFormationStack(
        String id,
        String name,
        String region,
        String status,
        Map<String, String> tags,
        Instant createdAt) {

    public CloudFormationStack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        tags = Map.copyOf(tags);
    }

    /** Deleted stacks stay listed for 90 days; they hold nothing any more. */
    public boolean isDeleted() {
        return status.equals("DELETE_COMPLETE");
    }
}
