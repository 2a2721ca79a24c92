package safetyconsole.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Canned profiles (ops: eu-west-1 SSO; prod-admin: us-east-1 MFA; legacy: no region; default: us-west-2) and a
 * connect that answers as the test says; remembers every request.
 */
public final class FakeConnector implements AccountConnector {

    private static final Map<String, String> REGIONS = Map.of("default", "us-west-2", "ops", "eu-west-1",
            "prod-admin", "us-east-1");

    public final List<Request> requests = new ArrayList<>();
    private final Function<Request, Connection> answer;

    public FakeConnector(Function<Request, Connection> answer) {
        this.answer = answer;
    }

    /** Connects every request to a fresh {@link FakeConnection} named after it. */
    public static FakeConnector succeeding() {
        return new FakeConnector(request -> new FakeConnection("AWS " + request.profile().orElse("default")
                + " \u00b7 " + request.region()));
    }

    public static FakeConnector failing(CloudException error) {
        return new FakeConnector(request -> {
            throw error;
        });
    }

    @Override
    public List<Profile> profiles() {
        return List.of(new Profile("default", Optional.of("us-west-2"), false, false),
                new Profile("legacy", Optional.empty(), false, false),
                new Profile("ops", Optional.of("eu-west-1"), true, false),
                new Profile("prod-admin", Optional.of("us-east-1"), false, true));
    }

    @Override
    public List<String> regions() {
        return List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1");
    }

    @Override
    public String defaultProfile() {
        return "default";
    }

    @Override
    public Optional<String> regionOf(String profile) {
        return Optional.ofNullable(REGIONS.get(profile));
    }

    @Override
    public synchronized Connection connect(Request request, MfaPrompt mfa) {
        requests.add(request);
        return answer.apply(request);
    }
}
