package safetyconsole.cloud.aws;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom to connect: a named profile (empty: the default chain, as the AWS CLI without
 * {@code --profile}), the OpsWorks endpoint region, endpoint overrides per service (checked by
 * {@link safetyconsole.cloud.EndpointUrl} where the user gives one), and limits.
 */
public record AwsTarget(Optional<String> profile, String region, Map<AwsService, URI> endpoints, Limits limits) {

    /**
     * Connect and read limits of one attempt, of a whole call with its retries, and how many attempts a call
     * makes (retries back off, adaptively when AWS throttles).
     */
    public record Limits(Duration connect, Duration read, Duration attempt, Duration call, int maxAttempts) {

        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(20),
                Duration.ofSeconds(25), Duration.ofSeconds(90), 5);
    }

    public AwsTarget {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(limits, "limits");
        endpoints = Map.copyOf(endpoints);
    }

    public static AwsTarget of(Optional<String> profile, String region) {
        return new AwsTarget(profile, region, Map.of(), Limits.DEFAULT);
    }

    /** The same target with every service sent to {@code endpoint} (e.g. a local emulator). */
    public AwsTarget withEndpoint(URI endpoint) {
        Map<AwsService, URI> all = new EnumMap<>(AwsService.class);
        for (AwsService service : AwsService.values()) {
            all.put(service, endpoint);
        }
        return new AwsTarget(profile, region, all, limits);
    }

    public AwsTarget withEndpoint(AwsService service, URI endpoint) {
        Map<AwsService, URI> changed = new EnumMap<>(AwsService.class);
        changed.putAll(endpoints);
        changed.put(service, endpoint);
        return new AwsTarget(profile, region, changed, limits);
    }

    public Optional<URI> endpoint(AwsService service) {
        return Optional.ofNullable(endpoints.get(service));
    }
}
