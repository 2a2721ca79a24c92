package safetyconsole.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://opsworks.example.com", "http://127.0.0.1:5000", "http://localhost:4566",
            "http://[::1]:5000", "http://127.1.2.3"})
    void httpsAnywhereAndHttpOnLoopbackAreAccepted(String url) {
        assertThat(EndpointUrl.parse(url, "--endpoint-url").toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5:5000", "http://example.com", "http://localhost.example.com",
            "ftp://127.0.0.1"})
    void plainHttpBeyondThisMachineIsRefused(String url) {
        assertThatThrownBy(() -> EndpointUrl.parse(url, "--endpoint-url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:5000", "not a url", "https://"})
    void somethingThatIsNotAUrlSaysSo(String url) {
        assertThatThrownBy(() -> EndpointUrl.parse(url, "--endpoint-url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--endpoint-url \"" + url + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:pass@127.0.0.1:5000", "https://user@opsworks.example.com",
            "https://:secret@opsworks.example.com", "http://a%40b:c@localhost:4566"})
    void userInfoIsRefusedWithoutRepeatingIt(String url) {
        assertThatThrownBy(() -> EndpointUrl.parse(url, "--endpoint-url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not hold a user name")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("user@", "pass@", ":secret", "a%40b", "127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:0", "http://127.0.0.1:65536", "https://opsworks.example.com:70000"})
    void aPortOutsideItsRangeIsRefused(String url) {
        assertThatThrownBy(() -> EndpointUrl.parse(url, "--endpoint-url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a port is 1 to 65535");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1", "http://127.0.0.1:65535"})
    void thePortsAtTheEdgesAreAccepted(String url) {
        assertThat(EndpointUrl.parse(url, "--endpoint-url").toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5\u001b[2J", "ftp://127.0.0.1/\u001b]0;x\u0007"})
    void aRefusedUrlIsQuotedPrintably(String url) {
        String hostile = url.replace("\\u001b", "\u001b").replace("\\u0007", "\u0007");
        assertThatThrownBy(() -> EndpointUrl.parse(hostile, "--endpoint-url"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b").contains("\\u001b"));
    }
}
