package safetyconsole.wording;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ServiceNotice;

/**
 * One plain sentence per kind of cloud failure, for the window and the terminal alike; each face says how to try
 * again in its own words ({@code refresh (F5)}, {@code connect again}, {@code run the check again}).
 */
public final class FailureSentences {

    private FailureSentences() {
    }

    /** The kind's sentence, made exact where the failure knows more (the SSO profile, the refused action). */
    public static String of(CloudException error, String retry) {
        if (error.kind() == CloudException.Kind.SSO_LOGIN_REQUIRED && error.ssoProfile().isPresent()) {
            return "Your AWS SSO sign-in has expired; run  aws sso login --profile " + error.ssoProfile().get()
                    + "  in a terminal, then " + retry + ".";
        }
        if (error.kind() == CloudException.Kind.ACCESS_DENIED && error.refusedAction().isPresent()) {
            return "AWS refused " + error.refusedAction().get() + ": your credentials lack that permission; ask for"
                    + " it, or use another profile.";
        }
        if (error.kind() == CloudException.Kind.SERVICE_UNAVAILABLE_HERE && error.unavailableService().isPresent()) {
            return notOffered(error.unavailableService().get()) + ".";
        }
        return of(error.kind(), retry);
    }

    /**
     * A notice of the account's stack listing, without its final period: what is not offered or could not be read,
     * and what the console shows instead ("OpsWorks Stacks is not available in this account \u2014 it closed on
     * 2024-05-26; showing migrated stacks").
     */
    public static String notice(ServiceNotice notice, String retry) {
        OptionalService service = notice.service();
        if (notice.failure().isEmpty()) {
            return notOffered(service) + "; " + withoutIt(service);
        }
        String why = withoutPeriod(of(notice.failure().get(), retry));
        return notice.item().map(item -> "NOT CHECKED: " + item + " \u2014 " + why)
                .orElseGet(() -> service.label() + " could not be read, so " + withoutIt(service) + ": " + why);
    }

    private static String withoutIt(OptionalService service) {
        return switch (service) {
            case OPSWORKS_STACKS -> "showing migrated stacks";
            case RESOURCE_GROUPS -> "migrated stacks are grouped by their names";
            case CLOUDFORMATION, AUTO_SCALING -> "migrated stacks are NOT CHECKED";
            case SYSTEMS_MANAGER -> "log rotation from run lists and documents is NOT CHECKED";
        };
    }

    private static String notOffered(OptionalService service) {
        return service.label() + " is not available in this account"
                + service.closedOn().map(day -> " \u2014 it closed on " + day).orElse("");
    }

    private static String withoutPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** @param retry how to try again, in lower case ({@code refresh (F5)}, {@code run the check again}) */
    public static String of(CloudException.Kind kind, String retry) {
        return switch (kind) {
            case ACCESS_DENIED -> "AWS refused the request: your credentials lack the permission for it.";
            case NOT_FOUND -> "It is no longer there; someone may have deleted it. "
                    + Character.toUpperCase(retry.charAt(0)) + retry.substring(1) + " to see the current state.";
            case THROTTLED -> "AWS is throttling requests right now; wait a moment, then " + retry + ".";
            case NETWORK -> "AWS could not be reached; check the network connection, then " + retry + ".";
            case EXPIRED_CREDENTIALS -> "Your AWS credentials have expired; sign in again, then " + retry + ".";
            case SSO_LOGIN_REQUIRED -> "Your AWS SSO sign-in has expired; run aws sso login for this profile, then "
                    + retry + ".";
            case NO_CREDENTIALS -> "No AWS credentials were found for this profile; set them up with aws configure,"
                    + " or pick another profile.";
            case CREDENTIALS_REJECTED -> "AWS does not accept these credentials; check the profile's keys, or pick"
                    + " another profile.";
            case SIGN_IN_CANCELLED -> "Signing in was cancelled; nothing was read or changed.";
            case TIMED_OUT -> "AWS did not answer in time; check the network connection, then " + retry + ".";
            case SERVICE_ERROR -> "AWS had an internal error; wait a moment, then " + retry + ".";
            case INVALID_INPUT -> "AWS rejected the request as invalid; the details are in the log.";
            case CONFLICT -> "It is in a state that does not allow this; " + retry + " to see its current state.";
            case SERVICE_UNAVAILABLE_HERE -> "This AWS service is not available in this account.";
            case UNKNOWN -> "Something went wrong talking to AWS; the details are in the log.";
        };
    }
}
