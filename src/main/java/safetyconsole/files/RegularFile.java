package safetyconsole.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading a file that came from elsewhere: only a regular file (a pipe blocks forever, {@code /dev/zero} never
 * ends) and no larger than its kind allows, checked before it is opened and again while it is read.
 */
public final class RegularFile {

    /** A file refused for what it is, not for a failure to read it; the message is a sentence without its end. */
    public static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        private final String reason;

        Refused(Path file, String reason) {
            super(file + " " + reason);
            this.reason = reason;
        }

        /** Why, without the file: for a caller that names the file its own way. */
        public String reason() {
            return reason;
        }
    }

    private RegularFile() {
    }

    /**
     * @param kind what the limit is for, e.g. "a settings file"
     * @throws java.nio.file.NoSuchFileException when there is nothing (or only a dangling link) at {@code file}
     * @throws Refused when it is not a regular file or larger than {@code maxBytes}
     */
    public static void check(Path file, long maxBytes, String kind) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new Refused(file, "is not a regular file (a folder, pipe or device?)");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(file, maxBytes, kind);
        }
    }

    /** The bytes of {@code file}, after {@link #check}; a file that grows past the limit meanwhile is refused too. */
    public static byte[] read(Path file, long maxBytes, String kind) throws IOException {
        check(file, maxBytes, kind);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(file, maxBytes, kind);
        }
        return bytes;
    }

    private static Refused tooLarge(Path file, long maxBytes, String kind) {
        return new Refused(file, "is too large: " + kind + " may be at most " + mebibytes(maxBytes));
    }

    private static String mebibytes(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
