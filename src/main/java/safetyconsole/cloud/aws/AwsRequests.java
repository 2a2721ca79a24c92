package safetyconsole.cloud.aws;

import java.util.Optional;
import java.util.function.Supplier;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OptionalService;

/**
 * Sends requests to AWS so that every SDK failure leaves as a {@link CloudException}, naming the IAM action AWS
 * refused and, for an SSO profile whose session ended, the profile to sign in with again.
 */
final class AwsRequests {

    private final Optional<String> ssoProfile;

    AwsRequests(Optional<String> ssoProfile) {
        this.ssoProfile = ssoProfile;
    }

    /**
     * @param action the IAM action the request needs (e.g. {@code opsworks:DescribeStacks}), named to the operator
     *               when AWS refuses it
     * @param about  what it is about, for the log (e.g. {@code of stack …}); may be empty
     */
    <T> T call(String action, String about, Supplier<T> request) {
        try {
            return request.get();
        } catch (CloudException e) {
            throw e;
        } catch (RuntimeException e) {
            throw AwsErrors.translate(AwsCall.of(action, about), e, ssoProfile);
        }
    }

    /**
     * As {@link #call}, to a service the account may not offer: its absence ({@link AwsErrors#serviceAbsent}) leaves
     * as {@link CloudException.Kind#SERVICE_UNAVAILABLE_HERE}, every other failure as usual.
     */
    <T> T callOptional(OptionalService service, String action, String about, Supplier<T> request) {
        return call(action, about, () -> {
            try {
                return request.get();
            } catch (RuntimeException e) {
                if (AwsErrors.serviceAbsent(e)) {
                    throw CloudException.unavailableHere(service, AwsCall.of(action, about) + ": " + service.label()
                            + " is not offered here (" + e.getMessage() + ")", e);
                }
                throw e;
            }
        });
    }
}
