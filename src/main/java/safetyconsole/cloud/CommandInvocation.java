package safetyconsole.cloud;

import java.util.Objects;

/**
 * A Systems Manager command's outcome on one instance. {@code standardOutput} is what the service keeps: at most
 * {@link #MAX_OUTPUT} characters, cut without a mark (so a parser must not trust the last line).
 */
public record CommandInvocation(String commandId, String instanceId, Status status, String standardOutput,
                                String standardError) {

    /** GetCommandInvocation returns at most this much of each output stream. */
    public static final int MAX_OUTPUT = 24_000;

    public enum Status { PENDING, IN_PROGRESS, DELAYED, SUCCESS, CANCELLED, TIMED_OUT, FAILED, CANCELLING }

    public CommandInvocation {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(standardOutput, "standardOutput");
        Objects.requireNonNull(standardError, "standardError");
    }

    /** Whether the command has stopped running, one way or another. */
    public boolean finished() {
        return switch (status) {
            case PENDING, IN_PROGRESS, DELAYED, CANCELLING -> false;
            case SUCCESS, CANCELLED, TIMED_OUT, FAILED -> true;
        };
    }
}
