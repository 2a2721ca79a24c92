package safetyconsole.cloud.aws;

import java.util.Optional;
import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.MfaPrompt;

/**
 * Credentials as the AWS CLI finds them. Without a profile: the default chain (environment, {@code AWS_PROFILE}
 * or the default profile, web identity, container, instance metadata). With one: the SDK's profile provider, which
 * covers static keys, SSO (the {@code sso} and {@code ssooidc} modules are on the class path),
 * {@code credential_process} and {@code role_arn} with {@code source_profile}. The SDK cannot ask for an MFA code,
 * so a role profile with {@code mfa_serial} is assumed here, asking the {@link MfaPrompt} at each refresh.
 */
final class AwsCredentials {

    private static final int DEFAULT_ROLE_SECONDS = 3600;

    private AwsCredentials() {
    }

    static AwsCredentialsProvider provider(AwsTarget target, AwsProfiles profiles, MfaPrompt mfa,
                                           Function<AwsCredentialsProvider, StsClient> stsSignedBy) {
        String name = target.profile().orElse(profiles.defaultProfileName());
        Optional<Profile> profile = profiles.profile(name);
        if (profile.isPresent() && profile.get().property(ProfileProperty.MFA_SERIAL).isPresent()
                && profile.get().property(ProfileProperty.ROLE_ARN).isPresent()) {
            return assumeRoleWithMfa(name, profile.get(), profiles, mfa, stsSignedBy);
        }
        if (target.profile().isEmpty()) {
            return DefaultCredentialsProvider.builder().profileFile(profiles::file).build();
        }
        if (profile.isEmpty()) {
            throw new CloudException(CloudException.Kind.NO_CREDENTIALS, "No profile " + name + " in the AWS config");
        }
        return ProfileCredentialsProvider.builder().profileFile(profiles::file).profileName(name).build();
    }

    private static AwsCredentialsProvider assumeRoleWithMfa(String name, Profile profile, AwsProfiles profiles,
                                                            MfaPrompt mfa,
                                                            Function<AwsCredentialsProvider, StsClient> stsSignedBy) {
        String serial = profile.property(ProfileProperty.MFA_SERIAL).orElseThrow();
        AwsCredentialsProvider source = profile.property(ProfileProperty.SOURCE_PROFILE)
                .<AwsCredentialsProvider>map(s -> ProfileCredentialsProvider.builder().profileFile(profiles::file)
                        .profileName(s).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        int seconds = profile.property(ProfileProperty.DURATION_SECONDS).map(Integer::parseInt)
                .orElse(DEFAULT_ROLE_SECONDS);
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(stsSignedBy.apply(source))
                .asyncCredentialUpdateEnabled(false)
                .refreshRequest(() -> {
                    String code = mfa.code(name, serial).filter(c -> !c.isBlank()).orElseThrow(() ->
                            new CloudException(CloudException.Kind.SIGN_IN_CANCELLED,
                                    "MFA code not given for " + name));
                    AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
                            .roleArn(profile.property(ProfileProperty.ROLE_ARN).orElseThrow())
                            .roleSessionName(profile.property(ProfileProperty.ROLE_SESSION_NAME)
                                    .orElse("opsworks-safety-console"))
                            .durationSeconds(seconds)
                            .serialNumber(serial)
                            .tokenCode(code.strip());
                    profile.property(ProfileProperty.EXTERNAL_ID).ifPresent(request::externalId);
                    return request.build();
                })
                .build();
    }
}
