package safetyconsole.cloud.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The profiles of {@code ~/.aws/config} and {@code ~/.aws/credentials} (or the files {@code AWS_CONFIG_FILE} and
 * {@code AWS_SHARED_CREDENTIALS_FILE} name), read as the AWS CLI reads them, with the environment that picks the
 * default profile and overrides regions ({@code AWS_PROFILE}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}).
 */
public final class AwsProfiles {

    /** What the connect dialog shows of one profile. */
    public record Summary(String name, Optional<String> region, boolean sso, boolean mfa) {
    }

    private final ProfileFile file;
    private final Map<String, String> environment;

    AwsProfiles(ProfileFile file, Map<String, String> environment) {
        this.file = file;
        this.environment = Map.copyOf(environment);
    }

    /** The user's profile files; none (no profiles) when they do not exist or cannot be read. */
    public static AwsProfiles load() {
        try {
            return new AwsProfiles(ProfileFile.defaultProfileFile(), System.getenv());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AwsProfiles.class).warn("AWS profile files could not be read", e);
            return new AwsProfiles(ProfileFile.builder().content("").type(ProfileFile.Type.CONFIGURATION).build(),
                    System.getenv());
        }
    }

    ProfileFile file() {
        return file;
    }

    public List<Summary> summaries() {
        return file.profiles().keySet().stream().sorted().map(name -> summary(name).orElseThrow()).toList();
    }

    public Optional<Summary> summary(String name) {
        return file.profile(name).map(p -> new Summary(name, p.property(ProfileProperty.REGION), isSso(p),
                p.property(ProfileProperty.MFA_SERIAL).isPresent()
                        && p.property(ProfileProperty.ROLE_ARN).isPresent()));
    }

    /** The profile the CLI uses without {@code --profile}: {@code AWS_PROFILE}, else "default". */
    public String defaultProfileName() {
        String named = environment.get("AWS_PROFILE");
        return named == null || named.isBlank() ? "default" : named;
    }

    /** The region the CLI would use: {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, else the profile's. */
    public Optional<String> region(String profile) {
        for (String variable : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return file.profile(profile).flatMap(p -> p.property(ProfileProperty.REGION));
    }

    Optional<Profile> profile(String name) {
        return file.profile(name);
    }

    static boolean isSso(Profile profile) {
        return profile.property(ProfileProperty.SSO_START_URL).isPresent()
                || profile.property("sso_session").isPresent();
    }
}
