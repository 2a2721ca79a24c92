package safetyconsole.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Streams a file's lines as raw bytes: a crash can cut a line in the middle of a UTF-8 character, and the
 * torn bytes must be hashed exactly as they are on disk.
 */
final class RawLines {

    interface Visitor {
        /** {@code terminated} is false only for a last line with no newline after it. */
        void line(byte[] bytes, boolean terminated);
    }

    private RawLines() {
    }

    static void read(Path file, Visitor visitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    visitor.line(line.toByteArray(), true);
                    line.reset();
                } else {
                    line.write(b);
                }
            }
            if (line.size() > 0) {
                visitor.line(line.toByteArray(), false);
            }
        } catch (NoSuchFileException e) {
            // No log yet: no lines.
        }
    }
}
