package safetyconsole.check;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OptionalService;

/** What the check prints when AWS fails it: one sentence for the terminal; the details go to the log. */
final class CheckMessages {

    private CheckMessages() {
    }

    /** The failure's sentence, made exact where it knows more (the SSO profile, the refused action). */
    static String sentence(CloudException error) {
        if (error.kind() == CloudException.Kind.SSO_LOGIN_REQUIRED && error.ssoProfile().isPresent()) {
            return "Your AWS SSO sign-in has expired; run  aws sso login --profile " + error.ssoProfile().get()
                    + "  in a terminal, then run the check again.";
        }
        if (error.kind() == CloudException.Kind.ACCESS_DENIED && error.refusedAction().isPresent()) {
            return "AWS refused " + error.refusedAction().get() + ": your credentials lack that permission; ask for"
                    + " it, or use another profile.";
        }
        if (error.kind() == CloudException.Kind.SERVICE_UNAVAILABLE_HERE && error.unavailableService().isPresent()) {
            return notOffered(error.unavailableService().get()) + ".";
        }
        return switch (error.kind()) {
            case ACCESS_DENIED -> "AWS refused the request: your credentials lack the permission for it.";
            case NOT_FOUND -> "It is no longer there; someone may have deleted it. Run the check again to see the"
                    + " current state.";
            case THROTTLED -> "AWS is throttling requests right now; wait a moment, then run the check again.";
            case NETWORK -> "AWS could not be reached; check the network connection, then run the check again.";
            case EXPIRED_CREDENTIALS -> "Your AWS credentials have expired; sign in again, then run the check again.";
            case SSO_LOGIN_REQUIRED -> "Your AWS SSO sign-in has expired; run aws sso login for this profile, then"
                    + " run the check again.";
            case NO_CREDENTIALS -> "No AWS credentials were found for this profile; set them up with aws configure,"
                    + " or pick another profile.";
            case CREDENTIALS_REJECTED -> "AWS does not accept these credentials; check the profile's keys, or pick"
                    + " another profile.";
            case SIGN_IN_CANCELLED -> "Signing in was cancelled; nothing was read or changed.";
            case TIMED_OUT -> "AWS did not answer in time; check the network connection, then run the check again.";
            case SERVICE_ERROR -> "AWS had an internal error; wait a moment, then run the check again.";
            case INVALID_INPUT -> "AWS rejected the request as invalid; the details are in the log.";
            case CONFLICT -> "It is in a state that does not allow this; run the check again to see its current"
                    + " state.";
            case SERVICE_UNAVAILABLE_HERE -> "This AWS service is not available in this account.";
            case UNKNOWN -> "Something went wrong talking to AWS; the details are in the log.";
        };
    }

    /** The information line of an account checked without {@code service}: what the check read instead. */
    static String unavailableInformation(OptionalService service) {
        return notOffered(service) + "; showing migrated stacks";
    }

    private static String notOffered(OptionalService service) {
        return service.label() + " is not available in this account"
                + service.closedOn().map(day -> " \u2014 it closed on " + day).orElse("");
    }
}
