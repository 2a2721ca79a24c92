package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {"/srv/www/shop/shared/log", "/var/log/my_app-2", "/a"})
    void aPlainDirectoryGoesIntoTheScriptQuoted(String directory) {
        String script = LookScript.forLogDirectory(directory);

        assertThat(script).startsWith("#!/bin/sh\n").contains("\nLOG_DIR='" + directory + "'\n")
                .doesNotContain("@LOG_DIR@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "srv/www/shop", "/srv/www/shop/", "/srv/../etc", "/srv/.hidden", "/x'; rm -rf /; '",
            "/srv/$(reboot)", "/srv/`id`", "/srv/a b", "/srv/a\nb", "/srv/\u00e9"})
    void anythingElseIsRefused(String directory) {
        assertThat(LookScript.refusal(directory)).isPresent();
        assertThatThrownBy(() -> LookScript.forLogDirectory(directory)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/srv/www/shop/shared/log"})
    void theScriptWritesNothing(String directory) {
        String script = LookScript.forLogDirectory(directory);

        Matcher redirect = Pattern.compile(">+\\s*(\\S+)").matcher(script.replace("2>&1", ""));
        while (redirect.find()) {
            assertThat(redirect.group(1)).as("redirected to").isEqualTo("/dev/null");
        }
        assertThat(script).contains("logrotate -d ").doesNotContain("logrotate -f", "--force", " -s ", "--state",
                "rm ", "mv ", "cp ", "tee ", "touch ", "chmod ", "sed -i", "dd ");
    }
}
