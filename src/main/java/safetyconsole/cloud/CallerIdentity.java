package safetyconsole.cloud;

import java.util.Objects;

/** Who the provider's credentials say we are (STS GetCallerIdentity). */
public record CallerIdentity(String accountId, String arn, String userId) {

    public CallerIdentity {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(userId, "userId");
    }

    /** The part of the ARN after the account, e.g. {@code user/alice} or {@code assumed-role/Ops/alice}. */
    public String principalName() {
        int colon = arn.lastIndexOf(':');
        return colon < 0 ? arn : arn.substring(colon + 1);
    }
}
