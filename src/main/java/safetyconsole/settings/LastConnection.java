package safetyconsole.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.RegionNames;
import safetyconsole.json.Json;

/**
 * The connect dialog's last successful choice, kept in {@code connection.json}:
 * {@code {"profile": "ops" (absent: default credentials), "region": "us-east-1", "endpoint": "",
 * "alsoRead": ["eu-west-1"]}} ({@code alsoRead}: the other regions whose migrated stacks were read; absent, or not
 * all region names: none). Only names, never credentials.
 */
public record LastConnection(Optional<String> profile, String region, String endpoint, List<String> alsoRead) {

    public LastConnection {
        alsoRead = List.copyOf(alsoRead);
    }

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
                    root.path("region").asText(), root.path("endpoint").asText(""), alsoRead(root.path("alsoRead"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the last connection from {}", file, e);
            return Optional.empty();
        }
    }

    /** The other regions, strictly: one entry that is not a region name drops them all, with a log line. */
    private static List<String> alsoRead(JsonNode regions) {
        if (regions.isMissingNode()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        regions.forEach(name -> names.add(name.isTextual() ? name.asText() : "not text"));
        try {
            if (!regions.isArray()) {
                throw new IllegalArgumentException("alsoRead is not a list of regions");
            }
            return RegionNames.parse(String.join(",", names), "alsoRead");
        } catch (IllegalArgumentException e) {
            LOG.warn("Other regions of the last connection not used: {}", e.getMessage());
            return List.of();
        }
    }

    /** Replaces the file atomically. */
    public void write(Path file) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        profile.ifPresent(name -> root.put("profile", name));
        root.put("region", region);
        root.put("endpoint", endpoint);
        alsoRead.forEach(root.putArray("alsoRead")::add);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root),
                StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
