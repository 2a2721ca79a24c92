package safetyconsole.logrotate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where an app's Rails code is read from: a checkout, one opened environment file, or built-in text. */
public interface RailsSource {

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
                Path config = file.toAbsolutePath().getParent().getParent();
                return config == null ? Optional.empty() : readFile(config.getParent().resolve(relativePath));
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

    /** Strict UTF-8: a binary or mis-encoded file is reported, not scanned as garbage. */
    private static Optional<String> readFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        }
    }
}
