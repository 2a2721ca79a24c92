package safetyconsole.ui.common;

import safetyconsole.cloud.CloudException;

/** One plain sentence per kind of failure; the stack trace belongs in the log, not in front of the user. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String sentence(Throwable error) {
        if (error instanceof CloudException) {
            return sentence(((CloudException) error).kind());
        }
        return "Something unexpected went wrong; the details are in the log.";
    }

    public static String sentence(CloudException.Kind kind) {
        switch (kind) {
            case ACCESS_DENIED:
                return "AWS refused the request: your credentials lack the permission for it.";
            case NOT_FOUND:
                return "It is no longer there; someone may have deleted it. Refresh (F5) to see the current state.";
            case THROTTLED:
                return "AWS is throttling requests right now; wait a moment, then refresh (F5).";
            case NETWORK:
                return "AWS could not be reached; check the network connection, then refresh (F5).";
            case EXPIRED_CREDENTIALS:
                return "Your AWS credentials have expired; sign in again, then refresh (F5).";
            case INVALID_INPUT:
                return "AWS rejected the request as invalid; the details are in the log.";
            case CONFLICT:
                return "It is in a state that does not allow this; refresh (F5) to see its current state.";
            case UNKNOWN:
            default:
                return "Something went wrong talking to AWS; the details are in the log.";
        }
    }
}
