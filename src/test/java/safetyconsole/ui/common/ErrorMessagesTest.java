package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
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
        String sentence = ErrorMessages.sentence(
                new CloudException(CloudException.Kind.THROTTLED, "Rate exceeded (400)"));

        assertThat(sentence).contains("throttling").doesNotContain("Rate exceeded");
    }

    @Test
    void theWindowSaysRefreshAndTheConnectDialogSaysConnectAgain() {
        CloudException gone = new CloudException(CloudException.Kind.NOT_FOUND, "No instance with id i-1");
        CloudException throttled = new CloudException(CloudException.Kind.THROTTLED, "Rate exceeded");

        assertThat(ErrorMessages.sentence(gone)).isEqualTo("It is no longer there; someone may have deleted it."
                + " Refresh (F5) to see the current state.");
        assertThat(ErrorMessages.whileConnecting(gone)).isEqualTo("It is no longer there; someone may have deleted it."
                + " Connect again to see the current state.");
        assertThat(ErrorMessages.sentence(throttled)).endsWith("wait a moment, then refresh (F5).");
        assertThat(ErrorMessages.whileConnecting(throttled)).endsWith("wait a moment, then connect again.");
    }

    @Test
    void aRefusalNamesTheRefusedAction() {
        CloudException refused = CloudException.accessDenied("opsworks:DeleteInstance", "AccessDenied (HTTP 400)",
                null);

        assertThat(ErrorMessages.sentence(refused)).isEqualTo("AWS refused opsworks:DeleteInstance: your credentials"
                + " lack that permission; ask for it, or use another profile.");
    }

    @Test
    void otherFailuresPointToTheLog() {
        assertThat(ErrorMessages.sentence(new IllegalStateException("boom"))).contains("log").doesNotContain("boom");
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhatToChange() {
        Path file = Path.of("/reports/out.csv");

        assertThat(ErrorMessages.notWritten(file, new AccessDeniedException(file.toString())))
                .isEqualTo(file + " could not be written: permission denied; choose another folder.");
        assertThat(ErrorMessages.notWritten(file,
                new FileSystemException(file.toString(), null, "No space left on device")))
                .isEqualTo(file + " could not be written: No space left on device.");
        assertThat(ErrorMessages.notWritten(file, new IOException("Stream closed")))
                .isEqualTo(file + " could not be written; the details are in the log.");
    }
}
