package safetyconsole.ui.connect;

import java.util.Optional;

/**
 * One line of the connect dialog's profile list: a named profile, or (no name) the default credentials chain.
 * {@code region} is the one the AWS CLI would use with it.
 */
public record ProfileChoice(Optional<String> name, Optional<String> region, boolean sso, boolean mfa) {

    static final String DEFAULT_LABEL = "Default credentials (environment / default profile)";

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
