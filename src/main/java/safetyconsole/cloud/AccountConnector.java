package safetyconsole.cloud;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Opens a real account: what the connect dialog and the command line offer (profiles, OpsWorks endpoint regions)
 * and the connection itself. The composition root supplies the AWS implementation; nothing else knows it.
 */
public interface AccountConnector {

    /** One profile of the user's AWS config, as the connect dialog lists it. */
    record Profile(String name, Optional<String> region, boolean sso, boolean mfa) {
    }

    /**
     * What to connect to: a profile (empty: the default credentials chain), a region, an optional endpoint; and the
     * regions whose migrated stacks the console reads once connected (empty: {@code region}), which the connection
     * itself does not use.
     */
    record Request(Optional<String> profile, String region, Optional<URI> endpoint, List<String> stackRegions) {

        public Request {
            stackRegions = List.copyOf(stackRegions);
        }

        /** A request reading the migrated stacks of {@code region} only. */
        public Request(Optional<String> profile, String region, Optional<URI> endpoint) {
            this(profile, region, endpoint, List.of());
        }
    }

    /** A connected account: read and write side, closed (with its clients) when the console leaves it. */
    interface Connection extends CloudAccount, CloudOperations, AutoCloseable {
        @Override
        void close();
    }

    List<Profile> profiles();

    /** The regions with an OpsWorks Stacks endpoint, in the order the dialog lists them. */
    List<String> regions();

    /** The profile the AWS CLI uses without {@code --profile} ({@code AWS_PROFILE}, else "default"). */
    String defaultProfile();

    /** The region the AWS CLI would use for this profile ({@code AWS_REGION}, then the profile's own). */
    Optional<String> regionOf(String profile);

    /**
     * Connects and proves it with STS GetCallerIdentity (so a bad profile fails here, in the dialog, not later).
     * Blocking; call it through the TaskRunner. Failures are {@link CloudException}s.
     */
    Connection connect(Request request, MfaPrompt mfa);
}
