package safetyconsole.cloud;

import java.util.Optional;

/**
 * Asks the operator for a one-time MFA code when a profile assumes a role with {@code mfa_serial}. Called on a
 * background thread, which it may block; empty when the operator cancels.
 */
@FunctionalInterface
public interface MfaPrompt {

    Optional<String> code(String profile, String mfaSerial);

    /** For places with nobody to ask (the headless check reads it from the terminal instead, when it can). */
    MfaPrompt NONE = (profile, serial) -> Optional.empty();
}
