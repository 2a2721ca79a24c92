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
        return kind.sentence();
    }
}
