package safetyconsole.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.json.Json;

/**
 * The connect dialog's last successful choice, kept in {@code connection.json}:
 * {@code {"profile": "ops" (absent: default credentials), "region": "us-east-1", "endpoint": "" }}.
 * Only names, never credentials.
 */
public record LastConnection(Optional<String> profile, String region, String endpoint) {

    private static final Logger LOG = LoggerFactory.getLogger(LastConnection.class);

    /** Empty when nothing was saved yet, or the file cannot be read (then it is only worth a log line). */
    public static Optional<LastConnection> read(Path file) {
        try {
            JsonNode root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.path("region").isTextual()) {
                throw new IOException("no region");
            }
            JsonNode profile = root.path("profile");
            return Optional.of(new LastConnection(
                    profile.isTextual() ? Optional.of(profile.asText()) : Optional.empty(),
                    root.path("region").asText(), root.path("endpoint").asText("")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the last connection from {}", file, e);
            return Optional.empty();
        }
    }

    /** Replaces the file atomically. */
    public void write(Path file) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        profile.ifPresent(name -> root.put("profile", name));
        root.put("region", region);
        root.put("endpoint", endpoint);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root),
                StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
