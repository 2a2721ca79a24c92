package safetyconsole.cloud.aws;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudException.Kind;

/**
 * Every SDK failure as a {@link CloudException}: its kind and the facts the operator's sentence needs (the refused
 * IAM action, the SSO profile); the original stays the cause (for the log). Error codes are those the services
 * document; unknown ones fall back by HTTP status.
 */
final class AwsErrors {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "UnauthorizedAccess", "OptInRequired");
    private static final Set<String> REJECTED_CREDENTIALS = Set.of("InvalidClientTokenId",
            "UnrecognizedClientException", "AuthFailure", "SignatureDoesNotMatch", "IncompleteSignature",
            "InvalidAccessKeyId");
    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired",
            "TokenRefreshRequired");
    private static final Set<String> THROTTLED = Set.of("Throttling", "ThrottlingException", "RequestLimitExceeded",
            "TooManyRequestsException", "RequestThrottled", "RequestThrottledException");
    /** Auto Scaling's are those of a group busy with instances, a scaling activity or a refresh. */
    private static final Set<String> CONFLICT = Set.of("IncorrectInstanceState", "IncorrectState",
            "ResourceInUseException", "DependencyViolation", "ResourceInUse", "ScalingActivityInProgress",
            "InstanceRefreshInProgress");
    /** Auto Scaling and CloudFormation refuse a request they cannot carry out with this code (HTTP 400). */
    private static final Set<String> INVALID = Set.of("ValidationError");
    /**
     * A service answering that it does not know the operation, or not knowing the account at all: once STS has
     * accepted the credentials, that is a service the account does not offer.
     */
    private static final Set<String> NOT_OFFERED = Set.of("UnknownOperationException", "InvalidAction",
            "UnrecognizedClientException", "UnsupportedOperation", "UnsupportedOperationException");
    /** Statuses that, without an AWS error body, mean nothing serves the API here (moto: an HTML 500). */
    private static final Set<Integer> BODILESS_ABSENCE = Set.of(404, 500, 501);

    private AwsErrors() {
    }

    /**
     * @param call        what was being done: a refusal names its IAM action to the operator
     * @param ssoProfile  the profile when it signs in through SSO: an ended session then names {@code aws sso login}
     */
    static CloudException translate(AwsCall call, RuntimeException error, Optional<String> ssoProfile) {
        String what = call.toString();
        Optional<CloudException> ours = causeOfType(error, CloudException.class);
        if (ours.isPresent()) {
            return ours.get();
        }
        if (ssoProfile.isPresent() && isSsoSessionProblem(error)) {
            return CloudException.ssoLoginRequired(ssoProfile.get(), error);
        }
        if (error instanceof AwsServiceException) {
            return service(call, (AwsServiceException) error);
        }
        if (error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException
                || causeOfType(error, SocketTimeoutException.class).isPresent()) {
            return new CloudException(Kind.TIMED_OUT, what + ": " + error.getMessage(), error);
        }
        if (causeOfType(error, ConnectException.class).isPresent()
                || causeOfType(error, UnknownHostException.class).isPresent()
                || causeOfType(error, NoRouteToHostException.class).isPresent()
                || causeOfType(error, SSLException.class).isPresent()
                || causeOfType(error, InterruptedIOException.class).isPresent()) {
            return new CloudException(Kind.NETWORK, what + ": " + error.getMessage(), error);
        }
        if (error instanceof SdkClientException) {
            return client(what, (SdkClientException) error);
        }
        return new CloudException(Kind.UNKNOWN, what + ": " + error, error);
    }

    /**
     * Whether {@code error} says the service is not there at all: its endpoint does not resolve or refuses, answers
     * a bare 404/500/501 without an AWS error, does not know the operation, or says the service has ended. Meant
     * only for a service the account may not offer, after STS accepted the credentials.
     */
    static boolean serviceAbsent(Throwable error) {
        if (causeOfType(error, UnknownHostException.class).isPresent()
                || causeOfType(error, ConnectException.class).isPresent()) {
            return true;
        }
        if (!(error instanceof AwsServiceException)) {
            return false;
        }
        AwsServiceException service = (AwsServiceException) error;
        String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
        if (code == null || code.isEmpty()) {
            return BODILESS_ABSENCE.contains(service.statusCode());
        }
        String message = String.valueOf(service.awsErrorDetails().errorMessage()).toLowerCase(Locale.ROOT);
        return NOT_OFFERED.contains(code) || message.contains("end of life") || message.contains("end-of-life");
    }

    /**
     * The SSO sign-in is gone: no cached token (the SDK fails reading {@code ~/.aws/sso/cache}), a token the SDK
     * calls expired, or the SSO portal refusing it.
     */
    private static boolean isSsoSessionProblem(RuntimeException error) {
        if (causeOfType(error, NoSuchFileException.class)
                .filter(e -> String.valueOf(e.getFile()).contains("sso")).isPresent()) {
            return true;
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (type.contains(".services.sso.") || type.contains(".services.ssooidc.")
                    || t instanceof SdkClientException && String.valueOf(t.getMessage()).contains("SSO")) {
                return true;
            }
        }
        return false;
    }

    private static CloudException service(AwsCall call, AwsServiceException error) {
        String what = call.toString();
        // No code when the error body could not be read (e.g. a proxy's HTML page): the HTTP status decides.
        String code = error.awsErrorDetails() == null || error.awsErrorDetails().errorCode() == null ? ""
                : error.awsErrorDetails().errorCode();
        String message = what + ": " + (code.isEmpty() ? "no error code" : code) + " (HTTP " + error.statusCode()
                + ", request " + error.requestId() + "): "
                + (error.awsErrorDetails() == null ? error.getMessage() : error.awsErrorDetails().errorMessage());
        Kind kind;
        if (error.isThrottlingException() || THROTTLED.contains(code)) {
            kind = Kind.THROTTLED;
        } else if (EXPIRED.contains(code)) {
            kind = Kind.EXPIRED_CREDENTIALS;
        } else if (REJECTED_CREDENTIALS.contains(code)) {
            kind = Kind.CREDENTIALS_REJECTED;
        } else if (ACCESS_DENIED.contains(code) || error.statusCode() == 403) {
            return refusedAction(call, error)
                    .map(action -> CloudException.accessDenied(action, message, error))
                    .orElseGet(() -> new CloudException(Kind.ACCESS_DENIED, message, error));
        } else if (notFound(code)) {
            kind = Kind.NOT_FOUND;
        } else if (CONFLICT.contains(code)) {
            kind = Kind.CONFLICT;
        } else if (INVALID.contains(code)) {
            kind = Kind.INVALID_INPUT;
        } else if (error.statusCode() >= 500) {
            kind = Kind.SERVICE_ERROR;
        } else if (error.statusCode() >= 400) {
            kind = Kind.INVALID_INPUT;
        } else {
            kind = Kind.UNKNOWN;
        }
        return new CloudException(kind, message, error);
    }

    /**
     * The services' ways of saying it: {@code ResourceNotFoundException}, EC2's {@code InvalidInstanceID.NotFound},
     * {@code InvalidLaunchTemplateName.NotFoundException} and {@code InvalidLaunchTemplateId.VersionNotFound}, Auto
     * Scaling's {@code ActiveInstanceRefreshNotFound}, Systems Manager's {@code InvocationDoesNotExist} (also said
     * for a command sent a moment ago).
     */
    private static boolean notFound(String code) {
        return code.endsWith("NotFound") || code.endsWith("NotFoundException")
                || code.equals("InvocationDoesNotExist");
    }

    /**
     * The IAM action refused: the call's, unless STS refused while the credentials were being made (the console
     * calls STS itself only for GetCallerIdentity; anything else is the role's AssumeRole).
     */
    private static Optional<String> refusedAction(AwsCall call, AwsServiceException error) {
        boolean ourStsCall = call.action().filter(action -> action.startsWith("sts:")).isPresent();
        if (error.getClass().getName().contains(".services.sts.") && !ourStsCall) {
            return Optional.of("sts:AssumeRole");
        }
        return call.action();
    }

    /** Failures before any request left: mostly credentials that could not be found or refreshed. */
    private static CloudException client(String what, SdkClientException error) {
        String text = String.valueOf(error.getMessage());
        if (text.contains("credentials") || text.contains("Credentials") || text.contains("profile")) {
            return new CloudException(Kind.NO_CREDENTIALS, what + ": " + text, error);
        }
        return new CloudException(Kind.UNKNOWN, what + ": " + text, error);
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
