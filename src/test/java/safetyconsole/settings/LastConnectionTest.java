package safetyconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastConnectionTest {

    @TempDir
    Path dir;

    private Optional<LastConnection> read(String json) throws Exception {
        Path file = dir.resolve("connection.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return LastConnection.read(file);
    }

    @Test
    void theOtherRegionsReadBackAsWritten() throws Exception {
        Path file = dir.resolve("connection.json");
        LastConnection written = new LastConnection(Optional.of("ops"), "us-east-1", "", List.of("eu-west-1"));

        written.write(file);

        assertThat(LastConnection.read(file)).contains(written);
    }

    @Test
    void aFileFromBeforeRegionsHasNoOtherRegions() throws Exception {
        assertThat(read("{\"region\": \"us-east-1\", \"endpoint\": \"\"}")).contains(
                new LastConnection(Optional.empty(), "us-east-1", "", List.of()));
    }

    @Test
    void otherRegionsThatAreNotAllRegionNamesAreDroppedAndTheRestKept() throws Exception {
        assertThat(read("{\"region\": \"us-east-1\", \"alsoRead\": [\"eu-west-1\", \"mars-1\"]}")).contains(
                new LastConnection(Optional.empty(), "us-east-1", "", List.of()));
        assertThat(read("{\"region\": \"us-east-1\", \"alsoRead\": [\"eu-west-1\", 7]}")).contains(
                new LastConnection(Optional.empty(), "us-east-1", "", List.of()));
        assertThat(read("{\"region\": \"us-east-1\", \"alsoRead\": \"eu-west-1\"}")).contains(
                new LastConnection(Optional.empty(), "us-east-1", "", List.of()));
    }
}
