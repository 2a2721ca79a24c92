package safetyconsole.ui.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleEntriesTest {

    @Test
    void aTargetNamesAGroupOrInstanceOnlyAsAWhole() {
        assertThat(ConsoleEntries.names("web (web, i-0abc)", "web")).isTrue();
        assertThat(ConsoleEntries.names("rails-app2 (7f26dff8, i-0abc)", "i-0abc")).isTrue();
        assertThat(ConsoleEntries.names("web-canary (web-canary)", "web")).isFalse();
        assertThat(ConsoleEntries.names("i-0abcd (i-0abcd)", "i-0abc")).isFalse();
        assertThat(ConsoleEntries.names("shop-prod", "shop-prod")).isTrue();
    }
}
