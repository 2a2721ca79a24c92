package safetyconsole.cloud.aws;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.MfaPrompt;

/** {@link AccountConnector} over the user's AWS profile files and the SDK. */
public final class AwsConnector implements AccountConnector {

    /** Regions where OpsWorks Stacks has an API endpoint (stacks in any region are managed from these). */
    public static final List<String> OPSWORKS_REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-northeast-2",
            "ap-south-1", "ap-southeast-1", "ap-southeast-2", "sa-east-1");

    private final AwsProfiles profiles;
    private final AwsTarget.Limits limits;
    private final Clock clock;
    private final Supplier<ExecutorService> sideReads;

    /** @param sideReads a new pool for each connection, which shuts it down when closed */
    AwsConnector(AwsProfiles profiles, AwsTarget.Limits limits, Clock clock, Supplier<ExecutorService> sideReads) {
        this.profiles = profiles;
        this.limits = limits;
        this.clock = clock;
        this.sideReads = sideReads;
    }

    /** The user's own profile files and environment; each connection reads on a new pool of {@code sideReads}. */
    public static AwsConnector forCurrentUser(Clock clock, Supplier<ExecutorService> sideReads) {
        return new AwsConnector(AwsProfiles.load(), AwsTarget.Limits.DEFAULT, clock, sideReads);
    }

    @Override
    public List<Profile> profiles() {
        return profiles.summaries().stream().map(s -> new Profile(s.name(), s.region(), s.sso(), s.mfa())).toList();
    }

    @Override
    public List<String> regions() {
        return OPSWORKS_REGIONS;
    }

    @Override
    public String defaultProfile() {
        return profiles.defaultProfileName();
    }

    @Override
    public Optional<String> regionOf(String profile) {
        return profiles.region(profile);
    }

    @Override
    public Connection connect(Request request, MfaPrompt mfa) {
        AwsTarget target = new AwsTarget(request.profile(), request.region(), Map.of(), limits);
        if (request.endpoint().isPresent()) {
            target = target.withEndpoint(request.endpoint().get());
        }
        AwsAccount account = AwsAccount.connect(target, profiles, mfa, clock, sideReads.get());
        try {
            account.callerIdentity();
            return account;
        } catch (RuntimeException e) {
            account.close();
            throw e;
        }
    }
}
