package safetyconsole.cloud.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import safetyconsole.json.Json;

/**
 * One AWS CLI output file of a snapshot, read strictly: every error names the file, and the field by its
 * path (e.g. {@code Instances[3].Hostname}), with the command that makes the file when it is missing.
 */
final class SnapshotFile {

    private final Path root;
    private final Path file;
    private final JsonNode json;

    private SnapshotFile(Path root, Path file, JsonNode json) {
        this.root = root;
        this.file = file;
        this.json = json;
    }

    static SnapshotFile read(Path root, String relative, String command) {
        return readOptional(root, relative).orElseThrow(() -> new SnapshotException(
                root.resolve(relative) + " is missing; make it with: " + command));
    }

    static Optional<SnapshotFile> readOptional(Path root, String relative) {
        Path file = root.resolve(relative);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SnapshotException(file + " could not be read: " + e.getMessage(), e);
        }
        try {
            JsonNode json = Json.mapper().readTree(text);
            if (json == null || !json.isObject()) {
                throw new SnapshotException(file + " does not hold the JSON object the AWS CLI writes.");
            }
            return Optional.of(new SnapshotFile(root, file, json));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new SnapshotException(file + " is not valid JSON" + where + ".", e);
        }
    }

    /** The array at the top-level member, each element with its path for messages. */
    List<Item> array(String member) {
        JsonNode array = json.get(member);
        if (array == null || !array.isArray()) {
            throw new SnapshotException(file + " has no \"" + member
                    + "\" list; is it the output of the right command?");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(new Item(array.get(i), member + "[" + i + "]"));
        }
        return items;
    }

    Item root() {
        return new Item(json, "");
    }

    Path path() {
        return file;
    }

    /** One object in the file, with its path; accessors fail with the file and field named. */
    final class Item {
        private final JsonNode node;
        private final String path;

        Item(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || !value.isValueNode()) {
                throw new SnapshotException(file + ": " + at(field) + " is missing.");
            }
            return value.asText();
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        /** A whole number, written as one: {@code "3"} or {@code 3.0} is refused rather than coerced. */
        long wholeNumber(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new SnapshotException(file + ": " + at(field) + " is missing.");
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw new SnapshotException(file + ": " + at(field) + " is not a whole number.");
            }
            return value.asLong();
        }

        OptionalLong optionalWholeNumber(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? OptionalLong.empty() : OptionalLong.of(wholeNumber(field));
        }

        boolean bool(String field, boolean fallback) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? fallback : value.asBoolean();
        }

        Instant instant(String field) {
            String value = optionalText(field);
            if (value == null) {
                return null;
            }
            try {
                return Instant.parse(value.length() > 19 && value.charAt(19) == '+' ? value.substring(0, 19) + "Z"
                        : value);
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException again) {
                    throw new SnapshotException(file + ": " + at(field) + " is not a time: \"" + value + "\".");
                }
            }
        }

        Instant requiredInstant(String field) {
            text(field);
            return instant(field);
        }

        /** This object's members that hold a single value, as text. */
        Map<String, String> scalars() {
            Map<String, String> out = new LinkedHashMap<>();
            node.properties().stream().filter(e -> e.getValue().isValueNode() && !e.getValue().isNull())
                    .forEach(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        }

        List<String> texts(String field) {
            JsonNode value = node.get(field);
            List<String> out = new ArrayList<>();
            if (value == null || value.isNull()) {
                return out;
            }
            if (!value.isArray()) {
                throw new SnapshotException(file + ": " + at(field) + " is not a list.");
            }
            value.forEach(v -> out.add(v.asText()));
            return out;
        }

        Map<String, String> map(String field) {
            JsonNode value = node.get(field);
            Map<String, String> out = new LinkedHashMap<>();
            if (value != null && value.isObject()) {
                value.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
            }
            return out;
        }

        List<Item> items(String field) {
            JsonNode value = node.get(field);
            List<Item> out = new ArrayList<>();
            if (value == null || value.isNull()) {
                return out;
            }
            if (!value.isArray()) {
                throw new SnapshotException(file + ": " + at(field) + " is not a list.");
            }
            for (int i = 0; i < value.size(); i++) {
                out.add(new Item(value.get(i), at(field) + "[" + i + "]"));
            }
            return out;
        }

        Item object(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isObject()) {
                throw new SnapshotException(file + ": " + at(field) + " is missing.");
            }
            return new Item(value, at(field));
        }

        Optional<Item> optionalObject(String field) {
            JsonNode value = node.get(field);
            return value != null && value.isObject() ? Optional.of(new Item(value, at(field))) : Optional.empty();
        }

        /** A member holding JSON as a string, as CloudTrail's {@code CloudTrailEvent} does, parsed. */
        Item embedded(String field) {
            String text = text(field);
            try {
                JsonNode parsed = Json.mapper().readTree(text);
                if (parsed == null || !parsed.isObject()) {
                    throw new SnapshotException(file + ": " + at(field) + " does not hold a JSON object.");
                }
                return new Item(parsed, at(field));
            } catch (JsonProcessingException e) {
                throw new SnapshotException(file + ": " + at(field) + " is not valid JSON.", e);
            }
        }

        /** {@code Tags} as {@code [{"Key": …, "Value": …}]}; a key given twice is refused, not resolved silently. */
        Map<String, String> tags() {
            Map<String, String> tags = new LinkedHashMap<>();
            for (Item tag : items("Tags")) {
                String key = tag.text("Key");
                if (tags.put(key, Optional.ofNullable(tag.optionalText("Value")).orElse("")) != null) {
                    throw tag.refused("Key", "gives tag " + key + " a second time.");
                }
            }
            return tags;
        }

        /** A sentence about this object's {@code field} that names the file and the path, for refusals. */
        SnapshotException refused(String field, String why) {
            return new SnapshotException(file + ": " + at(field) + " " + why);
        }

        private String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }

    @Override
    public String toString() {
        return root.relativize(file).toString();
    }
}
