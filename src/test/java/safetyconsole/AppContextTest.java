package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.FakeConnection;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;

class AppContextTest {

    @Test
    void closingStopsTheReadThreadsAndClosesTheConnection(@TempDir Path dir) {
        FakeConnection connection = new FakeConnection("AWS profile ops");
        AppContext app = TestApps.of(connection, connection, dir, TestClocks.fixed());

        app.close();

        assertThat(app.cloudReads().isShutdown()).isTrue();
        assertThat(connection.closed()).isTrue();
    }

    @Test
    void everyContextReadsOnThreadsOfItsOwn(@TempDir Path dir) {
        FakeConnection connection = new FakeConnection("AWS profile ops");
        AppContext first = TestApps.of(connection, connection, dir.resolve("1"), TestClocks.fixed());
        AppContext second = TestApps.of(connection, connection, dir.resolve("2"), TestClocks.fixed());

        first.close();

        assertThat(second.cloudReads().isShutdown()).isFalse();
        second.close();
    }
}
