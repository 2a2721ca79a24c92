package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

/** An account without OpsWorks (every account since its end of life) opens with one calm notice, not an error. */
class WithoutOpsWorksTest {

    @TempDir
    Path dir;

    @Test
    void theAccountOpensWithNoStacksAndTheNoticeAboveTheBanner() {
        MainViewModel model = new OpenAccount(TestApps.of(new NoOpsWorksAccount(), null, dir, TestClocks.fixed(),
                Map.of(), List.of("settings.json: a startup notice"))).model(new InlineTaskRunner());

        model.stacks().refresh();

        assertThat(model.stacks().stacks()).isEmpty();
        assertThat(model.banner().notices())
                .containsExactly("settings.json: a startup notice", NoOpsWorksAccount.NOTICE);
        assertThat(model.status().kindProperty().get()).isEqualTo(StatusLine.Kind.INFO);
        assertThat(model.status().textProperty().get()).doesNotContain("Could not", "no OpsWorks stacks");
        assertThat(model.banner().bannerProperty().get()).isNull();
    }

    @Test
    void anAccountWithOpsWorksHasNoSuchNotice() {
        MainViewModel model = new OpenAccount(TestApps.of(new FixedAccount(List.of()), null, dir, TestClocks.fixed()))
                .model(new InlineTaskRunner());

        model.stacks().refresh();

        assertThat(model.banner().notices()).isEmpty();
        assertThat(model.status().textProperty().get()).isEqualTo("This account has no OpsWorks stacks in us-east-1.");
    }
}
