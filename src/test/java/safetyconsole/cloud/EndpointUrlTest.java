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
}
