package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.FakeConnector;

class AwsOptionsTest {

    private final FakeConnector connector = FakeConnector.succeeding();

    @Test
    void withoutProfileTheDefaultChainIsUsedWithTheDefaultProfilesRegion() {
        AwsOptions options = AwsOptions.NONE.with("--endpoint-url", "http://localhost:5000");

        assertThat(options.request(connector)).isEqualTo(new AccountConnector.Request(Optional.empty(), "us-west-2",
                Optional.of(URI.create("http://localhost:5000"))));
    }

    @Test
    void regionComesFromTheOptionElseFromTheProfile() {
        assertThat(AwsOptions.NONE.with("--profile", "ops").request(connector).region()).isEqualTo("eu-west-1");
        assertThat(AwsOptions.NONE.with("--profile", "ops").with("--region", "us-east-2").request(connector).region())
                .isEqualTo("us-east-2");
    }

    @Test
    void aProfileWithoutRegionNeedsTheOption() {
        assertThatThrownBy(() -> AwsOptions.NONE.with("--profile", "legacy").request(connector))
                .hasMessage("--region is needed: profile legacy names no region.");
    }
}
