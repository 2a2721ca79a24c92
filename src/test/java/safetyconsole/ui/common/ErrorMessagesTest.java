package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;

class ErrorMessagesTest {

    @Test
    void everyKindHasItsOwnSentence() {
        Set<String> sentences = Arrays.stream(CloudException.Kind.values())
                .map(ErrorMessages::sentence).collect(Collectors.toSet());

        assertThat(sentences).hasSize(CloudException.Kind.values().length)
                .allSatisfy(s -> assertThat(s).endsWith(".").doesNotContain("Exception"));
    }

    @Test
    void cloudExceptionUsesItsKindAndHidesTheTechnicalMessage() {
        String sentence = ErrorMessages.sentence(new CloudException(CloudException.Kind.THROTTLED, "Rate exceeded (400)"));

        assertThat(sentence).contains("throttling").doesNotContain("Rate exceeded");
    }

    @Test
    void otherFailuresPointToTheLog() {
        assertThat(ErrorMessages.sentence(new IllegalStateException("boom"))).contains("log").doesNotContain("boom");
    }
}
