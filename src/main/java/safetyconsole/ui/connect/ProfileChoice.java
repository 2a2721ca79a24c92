package safetyconsole.ui.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import safetyconsole.cloud.AccountConnector;

/**
 * One line of the connect dialog's profile list: a named profile, or (no name) the default credentials chain.
 * {@code region} is the one the AWS CLI would use with it.
 */
public record ProfileChoice(Optional<String> name, Optional<String> region, boolean sso, boolean mfa) {

    static final String DEFAULT_LABEL = "Default credentials (environment / default profile)";

    /** The default credentials first, then every profile, each with the region the AWS CLI would use. */
    static List<ProfileChoice> offeredBy(AccountConnector source) {
        String defaultName = source.defaultProfile();
        Optional<AccountConnector.Profile> defaultProfile = source.profiles().stream()
                .filter(p -> p.name().equals(defaultName)).findFirst();
        List<ProfileChoice> list = new ArrayList<>();
        list.add(new ProfileChoice(Optional.empty(), source.regionOf(defaultName),
                defaultProfile.map(AccountConnector.Profile::sso).orElse(false),
                defaultProfile.map(AccountConnector.Profile::mfa).orElse(false)));
        for (AccountConnector.Profile p : source.profiles()) {
            list.add(new ProfileChoice(Optional.of(p.name()), source.regionOf(p.name()), p.sso(), p.mfa()));
        }
        return list;
    }

    /** Empty unless this choice's own region is not one of {@code regions}, those with OpsWorks Stacks. */
    String regionHint(List<String> regions) {
        if (regions.isEmpty()) {
            return "";
        }
        return region.filter(r -> !regions.contains(r))
                .map(r -> name.map(n -> "Profile " + n).orElse("The default profile") + " uses " + r
                        + ", which has no OpsWorks Stacks endpoint; pick the region your stacks are managed from.")
                .orElse("");
    }

    public String label() {
        StringBuilder label = new StringBuilder(name.orElse(DEFAULT_LABEL));
        region.ifPresent(r -> label.append("  \u00b7  ").append(r));
        if (sso) {
            label.append("  \u00b7  SSO");
        }
        if (mfa) {
            label.append("  \u00b7  MFA");
        }
        return label.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
