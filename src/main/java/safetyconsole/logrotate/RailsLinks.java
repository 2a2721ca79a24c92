package safetyconsole.logrotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.App;
import safetyconsole.files.RegularFile;
import safetyconsole.json.Json;

/**
 * Which Rails code belongs to which app, remembered per account and app in {@code rails-links.json}:
 * {@code {"<account>/<app id>": {"kind": "checkout"|"file", "path": "…"}}}. A file that cannot be read is
 * reported once and treated as empty; saving replaces it atomically.
 */
public final class RailsLinks {

    /** One remembered link. */
    public record Link(Kind kind, Path path) {

        public enum Kind { CHECKOUT, FILE }

        public RailsSource source() {
            return kind == Kind.CHECKOUT ? RailsSource.checkout(path) : RailsSource.environmentFile(path);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RailsLinks.class);
    /** Thousands of links fit; a larger file is not one the console wrote. */
    private static final long MAX_BYTES = 1L << 20;

    private final Path file;
    private final Map<String, Link> links = new LinkedHashMap<>();
    private String problem;

    public RailsLinks(Path file) {
        this.file = file;
        load();
    }

    public synchronized Optional<Link> get(String accountId, App app) {
        return Optional.ofNullable(links.get(key(accountId, app)));
    }

    public synchronized void set(String accountId, App app, Link link) throws IOException {
        links.put(key(accountId, app), link);
        save();
    }

    public synchronized void remove(String accountId, App app) throws IOException {
        links.remove(key(accountId, app));
        save();
    }

    /** Why the remembered links could not be read at start, if they could not. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private static String key(String accountId, App app) {
        return accountId + "/" + app.id();
    }

    private void load() {
        try {
            // Read before the mapper is asked for: with no file yet (a new user, the demo), Jackson is never built.
            byte[] content = RegularFile.read(file, MAX_BYTES, "the Rails links file");
            JsonNode root = Json.mapper().readTree(content);
            if (root == null || root.isMissingNode()) {
                return;
            }
            if (!root.isObject()) {
                throw new IOException("not a JSON object");
            }
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                JsonNode kind = field.getValue().path("kind");
                JsonNode path = field.getValue().path("path");
                if (!kind.isTextual() || !path.isTextual() || path.asText().isEmpty()) {
                    throw new IOException(field.getKey() + " is not a kind and a path");
                }
                links.put(field.getKey(), new Link(Link.Kind.valueOf(kind.asText().toUpperCase(Locale.ROOT)),
                        Path.of(path.asText())));
            }
        } catch (NoSuchFileException e) {
            // Nothing linked yet.
        } catch (RegularFile.Refused e) {
            LOG.warn("Cannot read {}", file, e);
            problem = "The remembered Rails links could not be read: " + e.getMessage() + "; link the apps again.";
            links.clear();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {}", file, e);
            problem = "The remembered Rails links in " + file + " could not be read; link the apps again.";
            links.clear();
        }
    }

    private void save() throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        links.forEach((key, link) -> {
            ObjectNode value = root.putObject(key);
            value.put("kind", link.kind().name().toLowerCase(Locale.ROOT));
            value.put("path", link.path().toString());
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root),
                StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
