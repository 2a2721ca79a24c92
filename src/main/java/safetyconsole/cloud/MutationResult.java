package safetyconsole.cloud;

import java.util.Objects;

/** What a successful mutation returned: the request id, for the audit log and for AWS support. */
public record MutationResult(String requestId) {

    public MutationResult {
        Objects.requireNonNull(requestId, "requestId");
    }
}
