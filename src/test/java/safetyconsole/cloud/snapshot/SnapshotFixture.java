package safetyconsole.cloud.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A writable copy of the test snapshot, so a test can break one file without touching the others. */
public final class SnapshotFixture {

    private SnapshotFixture() {
    }

    public static Path copyInto(Path dir) {
        return copyInto(dir, "basic");
    }

    /** {@code basic}: OpsWorks stacks; {@code migrated}: an account after OpsWorks, only migrated stacks. */
    public static Path copyInto(Path dir, String fixtureName) {
        try {
            Path fixture = Path.of(SnapshotFixture.class.getResource("/safetyconsole/snapshot/" + fixtureName)
                    .toURI());
            Path snapshot = dir.resolve("snap");
            try (Stream<Path> files = Files.walk(fixture)) {
                for (Path source : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                    Path target = snapshot.resolve(fixture.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
