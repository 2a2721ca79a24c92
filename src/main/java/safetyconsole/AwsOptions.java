package safetyconsole;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.EndpointUrl;

/**
 * {@code --profile}, {@code --region} and {@code --endpoint-url}, shared by the window's and the check's command
 * lines. Any of them means "connect to AWS"; what is left out is resolved as the AWS CLI would.
 */
public record AwsOptions(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {

    public static final AwsOptions NONE = new AwsOptions(Optional.empty(), Optional.empty(), Optional.empty());

    /** The options' names; each takes a value. */
    public static final Set<String> NAMES = Set.of("--profile", "--region", "--endpoint-url");

    /** The AWS options' names and {@code others}: what a command line that can connect to AWS takes values for. */
    public static Set<String> namesAnd(String... others) {
        Set<String> all = new HashSet<>(NAMES);
        all.addAll(List.of(others));
        return all;
    }

    /** The AWS options of {@code line}, in the order given; an endpoint that may not be used is refused. */
    public static AwsOptions from(CommandLine line) throws CommandLine.InvalidOptionsException {
        AwsOptions aws = NONE;
        for (CommandLine.Option option : line.options()) {
            if (NAMES.contains(option.name())) {
                try {
                    aws = aws.with(option.name(), option.value().orElseThrow());
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.InvalidOptionsException(e.getMessage());
                }
            }
        }
        return aws;
    }

    /** One sentence for a command line that names another account as well. */
    public static String conflictWith(String option) {
        return option + " cannot be combined with --profile, --region or --endpoint-url: pick one account.";
    }

    public boolean given() {
        return profile.isPresent() || region.isPresent() || endpoint.isPresent();
    }

    /** These options with {@code option} set; an endpoint is checked here (IllegalArgumentException: why not). */
    public AwsOptions with(String option, String value) {
        return switch (option) {
            case "--profile" -> new AwsOptions(Optional.of(value), region, endpoint);
            case "--region" -> new AwsOptions(profile, Optional.of(value), endpoint);
            case "--endpoint-url" -> new AwsOptions(profile, region, Optional.of(EndpointUrl.parse(value, option)));
            default -> throw new IllegalArgumentException("Not an AWS option: " + option);
        };
    }

    /**
     * What to connect to: without {@code --profile} the default credentials chain; the region from
     * {@code --region}, else the one the AWS CLI would use for the profile.
     *
     * @throws IllegalArgumentException when no region can be found, with one sentence saying so
     */
    public AccountConnector.Request request(AccountConnector connector) {
        String profileName = profile.orElseGet(connector::defaultProfile);
        String resolved = region.or(() -> connector.regionOf(profileName)).orElseThrow(() ->
                new IllegalArgumentException("--region is needed: profile " + profileName + " names no region."));
        return new AccountConnector.Request(profile, resolved, endpoint);
    }
}
