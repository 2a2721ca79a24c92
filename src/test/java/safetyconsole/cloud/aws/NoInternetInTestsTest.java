package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.testing.TestClocks;

/** The build's guard (surefire's argLine): requests to the internet fail at once, loopback goes direct. */
class NoInternetInTestsTest {

    @Test
    void awsEndpointsAreSentToAClosedLoopbackPort() {
        for (String url : new String[] {"https://iam.amazonaws.com/", "http://example.com/"}) {
            Proxy proxy = ProxySelector.getDefault().select(URI.create(url)).get(0);

            assertThat(proxy.type()).isEqualTo(Proxy.Type.HTTP);
            InetSocketAddress address = (InetSocketAddress) proxy.address();
            assertThat(address.getHostString()).isEqualTo("127.0.0.1");
            assertThat(address.getPort()).isEqualTo(9);
        }
    }

    @Test
    void loopbackPeersAreReachedDirectly() {
        assertThat(ProxySelector.getDefault().select(URI.create("http://127.0.0.1:5000/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(ProxySelector.getDefault().select(URI.create("http://localhost:5000/"))).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void anAccountWithoutLocalEndpointsFailsAtOnceInsteadOfCallingAws(@TempDir Path home) {
        AwsTarget realAws = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), AwsTestWorld.FAST);
        try (AwsAccount account = AwsAccount.connect(realAws,
                TestProfiles.write(home, TestProfiles.STATIC, TestProfiles.STATIC_CREDENTIALS), MfaPrompt.NONE,
                TestClocks.fixed(), AwsTestWorld.sideReads())) {
            Throwable thrown = catchThrowable(account::describeStacks);

            assertThat(thrown).isInstanceOf(CloudException.class);
            assertThat(thrown.getCause()).hasMessageContaining("Connection refused");
        }
    }
}
