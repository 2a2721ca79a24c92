package safetyconsole.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Files the tests and benchmarks make and remove. */
public final class TestFiles {

    private TestFiles() {
    }

    /** {@code folder} and everything in it, deepest first; links are removed, never followed. */
    public static void deleteTree(Path folder) throws IOException {
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(folder)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            Files.delete(path);
        }
    }
}
