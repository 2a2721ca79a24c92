package safetyconsole.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.json.Json;

/**
 * Each stack's instances as last seen, per account, so a refresh can say what disappeared since. Gone
 * instances stay reported until the operator dismisses them (a second refresh, or a check run, does not
 * make them vanish), and survive a restart.
 * Kept in {@code inventory-history.json}; without a file ({@link #inMemory}) it lasts for the session.
 */
public final class InventoryHistory {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryHistory.class);

    private final Path file;
    private final Map<String, Sighting> lastSeen = new HashMap<>();
    private final Map<String, MissingInstances> unacknowledged = new HashMap<>();

    private InventoryHistory(Path file) {
        this.file = file;
    }

    public static InventoryHistory inFile(Path file) {
        InventoryHistory history = new InventoryHistory(file);
        history.load();
        return history;
    }

    public static InventoryHistory inMemory() {
        return new InventoryHistory(null);
    }

    /** Remembers an earlier sighting (the demo's, from before its stories played). */
    public synchronized void remember(String accountId, String stackId, Sighting sighting) {
        lastSeen.put(key(accountId, stackId), sighting);
    }

    /** Compares with the last sighting, records this one, and returns what is gone (and not yet dismissed). */
    public MissingInstances record(String accountId, StackInventory now) {
        return record(accountId, now.stack().id(), now.stack().name(), Sighting.of(now));
    }

    /**
     * As {@link #record(String, StackInventory)}, for any stack's sighting: an OpsWorks stack's, or a migrated
     * stack's whose instances are counted per Auto Scaling group.
     */
    public synchronized MissingInstances record(String accountId, String stackId, String stackName, Sighting now) {
        String key = key(accountId, stackId);
        Sighting before = lastSeen.get(key);
        MissingInstances missing = MissingInstances.between(before == null ? now : before, stackName, now);
        if (!missing.isEmpty()) {
            unacknowledged.put(key, missing);
        }
        lastSeen.put(key, now);
        save();
        return Optional.ofNullable(unacknowledged.get(key)).orElse(missing);
    }

    /**
     * What was found gone from the stack and not yet dismissed, without a new sighting: for a stack that could
     * not be read in full, whose absent instances prove nothing.
     */
    public synchronized Optional<MissingInstances> notDismissed(String accountId, String stackId) {
        return Optional.ofNullable(unacknowledged.get(key(accountId, stackId)));
    }

    public synchronized void dismiss(String accountId, String stackId) {
        unacknowledged.remove(key(accountId, stackId));
        save();
    }

    private static String key(String accountId, String stackId) {
        return accountId + "/" + stackId;
    }

    private void load() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode root = Json.mapper().readTree(text);
            for (Map.Entry<String, JsonNode> stack : root.properties()) {
                List<Sighting.SeenInstance> instances = seen(stack.getValue().path("instances"));
                lastSeen.put(stack.getKey(), new Sighting(Instant.parse(stack.getValue().path("seenAt").asText()),
                        instances));
                JsonNode gone = stack.getValue().path("missing");
                if (gone.isObject()) {
                    Map<String, String> changes = new LinkedHashMap<>();
                    gone.path("layerChanges").properties().forEach(e -> changes.put(e.getKey(), e.getValue().asText()));
                    unacknowledged.put(stack.getKey(), new MissingInstances(gone.path("stackName").asText(),
                            Instant.parse(gone.path("lastSeen").asText()), seen(gone.path("instances")), changes));
                }
            }
        } catch (NoSuchFileException e) {
            // Never seen anything yet.
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable inventory history {}", file, e);
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        ObjectNode root = Json.mapper().createObjectNode();
        lastSeen.forEach((key, sighting) -> {
            ObjectNode stack = root.putObject(key);
            stack.put("seenAt", sighting.seenAt().toString());
            write(stack.putArray("instances"), sighting.instances());
            MissingInstances gone = unacknowledged.get(key);
            if (gone != null) {
                ObjectNode missing = stack.putObject("missing");
                missing.put("stackName", gone.stackName());
                missing.put("lastSeen", gone.lastSeen().toString());
                write(missing.putArray("instances"), gone.gone());
                ObjectNode changes = missing.putObject("layerChanges");
                gone.layerChanges().forEach(changes::put);
            }
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, Json.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot write the inventory history {}", file, e);
        }
    }

    private static List<Sighting.SeenInstance> seen(JsonNode array) {
        List<Sighting.SeenInstance> instances = new ArrayList<>();
        for (JsonNode i : array) {
            instances.add(new Sighting.SeenInstance(i.path("id").asText(), i.path("hostname").asText(),
                    i.path("ec2InstanceId").isNull() ? null : i.path("ec2InstanceId").asText(null),
                    texts(i.path("layerIds")), texts(i.path("layerNames"))));
        }
        return instances;
    }

    private static void write(ArrayNode array, List<Sighting.SeenInstance> instances) {
        for (Sighting.SeenInstance seen : instances) {
            ObjectNode i = array.addObject();
            i.put("id", seen.id());
            i.put("hostname", seen.hostname());
            i.put("ec2InstanceId", seen.ec2InstanceId());
            seen.layerIds().forEach(i.putArray("layerIds")::add);
            seen.layerNames().forEach(i.putArray("layerNames")::add);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
