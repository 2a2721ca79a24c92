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
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.context.Environment;
import safetyconsole.files.RegularFile;
import safetyconsole.json.Json;
import safetyconsole.text.Printable;

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
 * A missing file at the standard place means defaults. Settings are never fatal and never silent: a file that is
 * not a regular file, too large, not one strict JSON document (a key given twice could quietly undo a production
 * override) falls back to the built-in rules with a notice; each kind of problem inside it is one notice, however
 * often it occurs, quoting values cut short.
 */
public final class SettingsFile {

    static final String OVERRIDES = "environmentOverrides";
    /** Thousands of overrides fit; a file larger than this is not a settings file. */
    static final long MAX_BYTES = 1L << 20;
    /** How many examples a notice names before it counts the rest. */
    static final int EXAMPLES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private SettingsFile() {
    }

    /** The file the user named ({@code --settings}; missing is then a notice), else the standard one. */
    public static UserSettings load(Optional<Path> given, Path standard) {
        if (given.isPresent() && !Files.exists(given.get())) {
            return failed(given.get() + " does not exist; using the built-in rules only.");
        }
        return load(given.orElse(standard));
    }

    public static UserSettings load(Path file) {
        byte[] bytes;
        try {
            bytes = RegularFile.read(file, MAX_BYTES, "a settings file");
        } catch (NoSuchFileException e) {
            return UserSettings.DEFAULTS;
        } catch (RegularFile.Refused e) {
            return failed(e.getMessage() + "; using the built-in rules only.");
        } catch (IOException e) {
            LOG.warn("Cannot read settings file {}", file, e);
            return failed(file + " could not be read (" + e.getClass().getSimpleName()
                    + "); using the built-in rules only.");
        }
        return parse(file, bytes);
    }

    private static UserSettings parse(Path file, byte[] text) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            LOG.warn("Settings file {} is not valid JSON", file, e);
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            String why = e.getOriginalMessage() == null ? "" : ": " + Printable.of(e.getOriginalMessage());
            return failed(file + " is not valid JSON" + where + why + "; using the built-in rules only.");
        } catch (IOException e) {
            return failed(file + " could not be read (" + e.getClass().getSimpleName()
                    + "); using the built-in rules only.");
        }
        if (root == null || root.isMissingNode()) {
            return UserSettings.DEFAULTS;
        }
        if (!root.isObject()) {
            return failed(file + " must hold a JSON object; using the built-in rules only.");
        }
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!OVERRIDES.equals(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            problems.add(file + ": unknown setting" + (unknown.size() == 1 ? " " : "s ")
                    + examples(unknown.stream().map(Printable::quoted).collect(Collectors.toList()))
                    + (unknown.size() == 1 ? " was" : " were") + " ignored (known: " + OVERRIDES + ").");
        }
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
        List<String> unknownNames = new ArrayList<>();
        List<String> notText = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            Environment environment = value.isTextual() ? environmentNamed(value.asText()) : null;
            if (environment != null) {
                overrides.put(field.getKey(), environment);
            } else if (value.isTextual()) {
                unknownNames.add(Printable.quoted(field.getKey()) + " (" + Printable.quoted(value.asText()) + ")");
            } else {
                notText.add(Printable.quoted(field.getKey()));
            }
        }
        String instead = "; classified by tags and name instead.";
        if (!unknownNames.isEmpty()) {
            problems.add(file + ": the override for " + examples(unknownNames) + " is not one of "
                    + environmentNames() + instead);
        }
        if (!notText.isEmpty()) {
            problems.add(file + ": the override for " + examples(notText) + " is not an environment's name in"
                    + " quotes" + instead);
        }
        return overrides;
    }

    /** The first few, quoted, and how many more: one notice never grows with the file. */
    private static String examples(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(EXAMPLES, items.size())));
        return items.size() <= EXAMPLES ? shown : shown + " and " + (items.size() - EXAMPLES) + " more";
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
