package safetyconsole.cloud.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import software.amazon.awssdk.profiles.ProfileFile;

/** AWS profile files written for one test: a config and a credentials file, read as the CLI reads them. */
final class TestProfiles {

    /** Static keys that moto and the local peer accept (they check the signature's shape, not the secret). */
    static final String STATIC = "[profile test]\nregion = us-east-1\n";
    static final String STATIC_CREDENTIALS = "[test]\naws_access_key_id = AKIDSTATICTEST\n"
            + "aws_secret_access_key = static-secret\n";

    private TestProfiles() {
    }

    /** Profiles from these files, with an environment that names no profile and no region. */
    static AwsProfiles write(Path dir, String config, String credentials) {
        return write(dir, config, credentials, Map.of());
    }

    static AwsProfiles write(Path dir, String config, String credentials, Map<String, String> environment) {
        try {
            Path configFile = Files.writeString(dir.resolve("config"), config);
            Path credentialsFile = Files.writeString(dir.resolve("credentials"), credentials);
            return new AwsProfiles(ProfileFile.aggregator()
                    .addFile(ProfileFile.builder().content(configFile).type(ProfileFile.Type.CONFIGURATION).build())
                    .addFile(ProfileFile.builder().content(credentialsFile).type(ProfileFile.Type.CREDENTIALS).build())
                    .build(), environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
