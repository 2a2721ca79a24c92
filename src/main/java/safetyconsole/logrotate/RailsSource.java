package safetyconsole.logrotate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import safetyconsole.files.RegularFile;

/** Where an app's Rails code is read from: a checkout, one opened environment file, or built-in text. */
public interface RailsSource {

    /** Rails config files are a few kilobytes; a larger one is not read (a whole megabyte takes a blink to scan). */
    long MAX_BYTES = 1L << 20;

    /** For the screen: "checkout ~/src/shop", "file …/production.rb". */
    String describe();

    /** The file at {@code relativePath} (e.g. config/application.rb); empty when there is none. */
    Optional<String> read(String relativePath) throws IOException;

    /** A Rails checkout: files under its root. */
    static RailsSource checkout(Path root) {
        return new RailsSource() {
            @Override
            public String describe() {
                return "checkout " + root;
            }

            @Override
            public Optional<String> read(String relativePath) throws IOException {
                if (!Files.isDirectory(root)) {
                    throw new IOException(root + " is not a folder (moved or unmounted?)");
                }
                return readFile(root.resolve(relativePath));
            }
        };
    }

    /**
     * One environment file the operator opened: it stands for the app's environment file whatever its name;
     * {@code config/application.rb} is read from beside its folder when there.
     */
    static RailsSource environmentFile(Path file) {
        return new RailsSource() {
            @Override
            public String describe() {
                return "file " + file;
            }

            @Override
            public Optional<String> read(String relativePath) throws IOException {
                if (relativePath.startsWith("config/environments/")) {
                    return Optional.of(readFile(file).orElseThrow(() -> new NoSuchFileException(file.toString())));
                }
                return checkoutOf(file).isEmpty() ? Optional.empty()
                        : readFile(checkoutOf(file).get().resolve(relativePath));
            }
        };
    }

    /** Files held in memory (the demo's sample apps). */
    static RailsSource of(String description, Map<String, String> files) {
        return new RailsSource() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public Optional<String> read(String relativePath) {
                return Optional.ofNullable(files.get(relativePath));
            }
        };
    }

    /**
     * The checkout an environment file sits in, when it sits at {@code config/environments/} of one; a file opened
     * anywhere else (the top of a folder, the root of the disk) has no application.rb beside it.
     */
    private static Optional<Path> checkoutOf(Path environmentFile) {
        Path environments = environmentFile.toAbsolutePath().getParent();
        Path config = environments == null ? null : environments.getParent();
        boolean inCheckout = config != null && config.getParent() != null && environments.getFileName() != null
                && environments.getFileName().toString().equals("environments")
                && config.getFileName().toString().equals("config");
        return inCheckout ? Optional.of(config.getParent()) : Optional.empty();
    }

    /**
     * Strict UTF-8, a regular file of at most {@link #MAX_BYTES}: a binary or mis-encoded file is reported, not
     * scanned as garbage, and a link that leads nowhere (or in a loop) is reported, never taken for "no file".
     */
    private static Optional<String> readFile(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = RegularFile.read(file, MAX_BYTES, "a Rails config file");
        } catch (NoSuchFileException e) {
            throw new IOException(file + " is a link that leads nowhere", e);
        } catch (FileSystemException e) {
            throw new IOException(file + " cannot be opened (" + Optional.ofNullable(e.getReason())
                    .orElse(e.getClass().getSimpleName()) + ")", e);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        }
    }
}
