package safetyconsole.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.context.Environment;
import safetyconsole.json.Json;

/**
 * Reads {@code settings.json}. Format:
 * <pre>
 * {
 *   "environmentOverrides": {
 *     "shop-prod-v2": "PRODUCTION",
 *     "5f3c4e0a-1b2c-4d5e-8f90-123456789abc": "DEVELOPMENT"
 *   }
 * }
 * </pre>
 * Keys are stack names or stack ids (exact); values are environment names, in any case.
 * A missing file means defaults. Unreadable parts are reported, not fatal.
 */
public final class SettingsFile {

    static final String OVERRIDES = "environmentOverrides";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private SettingsFile() {
    }

    public static UserSettings load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return UserSettings.DEFAULTS;
        } catch (IOException e) {
            LOG.warn("Cannot read settings file {}", file, e);
            return failed(file + " could not be read (" + e.getClass().getSimpleName()
                    + "); using the built-in rules only.");
        }
        return parse(file, text);
    }

    static UserSettings parse(Path file, String text) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            LOG.warn("Settings file {} is not valid JSON", file, e);
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return failed(file + " is not valid JSON" + where + "; using the built-in rules only.");
        }
        if (root == null || root.isMissingNode()) {
            return UserSettings.DEFAULTS;
        }
        if (!root.isObject()) {
            return failed(file + " must hold a JSON object; using the built-in rules only.");
        }
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!OVERRIDES.equals(name)) {
                problems.add(file + ": unknown setting \"" + name + "\" was ignored (known: " + OVERRIDES + ").");
            }
        });
        Map<String, Environment> overrides = readOverrides(file, root.get(OVERRIDES), problems);
        return new UserSettings(overrides, problems);
    }

    private static Map<String, Environment> readOverrides(Path file, JsonNode node, List<String> problems) {
        Map<String, Environment> overrides = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return overrides;
        }
        if (!node.isObject()) {
            problems.add(file + ": \"" + OVERRIDES
                    + "\" must be an object of stack name or id to environment; ignored.");
            return overrides;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            Environment environment = value.isTextual() ? environmentNamed(value.asText()) : null;
            if (environment == null) {
                problems.add(file + ": the override for \"" + field.getKey() + "\" is " + value
                        + ", which is not one of " + environmentNames()
                        + "; that stack is classified by its tags and name instead.");
            } else {
                overrides.put(field.getKey(), environment);
            }
        }
        return overrides;
    }

    private static Environment environmentNamed(String text) {
        try {
            return Environment.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String environmentNames() {
        return Arrays.stream(Environment.values()).map(Environment::name).collect(Collectors.joining(", "));
    }

    private static UserSettings failed(String problem) {
        return new UserSettings(Map.of(), List.of(problem));
    }
}
