package safetyconsole.guard;

import java.time.Instant;

/** Permission to change one production-like stack, given for a reason, until {@code expiresAt}. */
public record ArmingSession(String id, String stackId, String stackName, String reason, Instant armedAt,
                            Instant expiresAt) {
}
