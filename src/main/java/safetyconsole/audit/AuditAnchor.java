package safetyconsole.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log's last checkpoint, replaced atomically after every append, in a file of another folder. A log cut back
 * at a line boundary, emptied, or rewritten with every later hash recomputed is still a good chain; only something
 * kept outside the log can tell.
 */
final class AuditAnchor {

    private static final String HEADER = "opsworks-safety-console audit anchor 1\n";
    private static final Pattern FORMAT = Pattern.compile(
            Pattern.quote(HEADER) + "entries ([0-9]{1,18})\nhead ([0-9a-f]{64})\n");
    private static final int MAX_BYTES = 512;

    private final Path file;

    AuditAnchor(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** A file in the anchor's place that the console did not write (edited, replaced, or not a file). */
    static final class NotAnAnchor extends Exception {

        private static final long serialVersionUID = 1L;

        NotAnAnchor(Path file) {
            super("the anchor " + file + " was not written by the console (edited or replaced)");
        }
    }

    /** Empty when there is no anchor yet. */
    Optional<Checkpoint> read() throws NotAnAnchor {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
                throw new NotAnAnchor(file);
            }
            Matcher matcher = FORMAT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (!matcher.matches()) {
                throw new NotAnAnchor(file);
            }
            return Optional.of(new Checkpoint(Long.parseLong(matcher.group(1)), matcher.group(2)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new AuditException("Cannot read the audit log's anchor " + file, e);
        }
    }

    /** Written beside, then renamed over the old one: a reader sees the old checkpoint or the new, never half. */
    void write(Checkpoint checkpoint, AuditLog.Durability durability) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        String text = HEADER + "entries " + checkpoint.entries() + "\nhead "
                + checkpoint.headHash() + "\n";
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (durability == AuditLog.Durability.SYNC) {
                channel.force(true);
            }
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
