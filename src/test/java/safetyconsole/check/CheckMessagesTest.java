package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;

class CheckMessagesTest {

    @Test
    void everyKindHasItsOwnSentenceAndNoneMentionsTheWindowsKeys() {
        Set<String> sentences = Arrays.stream(CloudException.Kind.values())
                .map(kind -> CheckMessages.sentence(new CloudException(kind, "Rate exceeded (400)")))
                .collect(Collectors.toSet());

        assertThat(sentences).hasSize(CloudException.Kind.values().length)
                .allSatisfy(s -> assertThat(s).endsWith(".").doesNotContain("F5", "Rate exceeded"));
    }

    @Test
    void theAdviceIsToRunTheCheckAgain() {
        assertThat(CheckMessages.sentence(new CloudException(CloudException.Kind.NOT_FOUND, "gone")))
                .isEqualTo("It is no longer there; someone may have deleted it. Run the check again to see the current"
                        + " state.");
        assertThat(CheckMessages.sentence(CloudException.ssoLoginRequired("ops", null)))
                .isEqualTo("Your AWS SSO sign-in has expired; run  aws sso login --profile ops  in a terminal, then run"
                        + " the check again.");
    }
}
