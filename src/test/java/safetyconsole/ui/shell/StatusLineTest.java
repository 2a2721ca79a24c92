package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusLineTest {

    private final StatusLine status = new StatusLine();

    @Test
    void loadingLastsUntilEveryBeginHasEnded() {
        status.begin("Loading stacks\u2026");
        status.begin("Loading shop-prod\u2026");
        status.end();

        assertThat(status.loadingProperty().get()).isTrue();
        status.end();
        assertThat(status.loadingProperty().get()).isFalse();
    }

    @Test
    void theLastSentenceAndItsKindShow() {
        status.error("Could not load shop-prod.");
        assertThat(status.kindProperty().get()).isEqualTo(StatusLine.Kind.ERROR);

        status.begin("Loading shop-prod\u2026");

        assertThat(status.textProperty().get()).isEqualTo("Loading shop-prod\u2026");
        assertThat(status.kindProperty().get()).isEqualTo(StatusLine.Kind.INFO);
    }

    @Test
    void aNameFromTheAccountCannotReverseOrDriveTheStatusLine() {
        status.error("Could not load shop-\u202eprod\u001b[2J.");

        assertThat(status.textProperty().get()).isEqualTo("Could not load shop-\\u202eprod\\u001b[2J.");
    }
}
