package safetyconsole.cloud.snapshot;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import safetyconsole.cloud.CloudException;
import safetyconsole.files.RegularFile;
import safetyconsole.json.Json;
import safetyconsole.text.Printable;

/**
 * One AWS CLI output file of a snapshot, read as hostile: it must be a regular file inside the snapshot folder
 * (after resolving links), no larger than its kind allows, one JSON document without a key given twice, and
 * complete (no {@code NextToken}). Every error names the file, and the field by its path (e.g.
 * {@code Instances[3].Hostname}), with the command that makes the file when it is missing. A value of the wrong
 * type is refused, never coerced.
 */
final class SnapshotFile {

    /** How large a file of each kind may be: generous for real accounts, far below what exhausts memory. */
    enum Size {
        SMALL(1L << 20, "an account, alias or tags file"),
        LIST(64L << 20, "a describe output"),
        EXPORT(1L << 30, "an EC2 or CloudTrail export");

        private final long bytes;
        private final String kind;

        Size(long bytes, String kind) {
            this.bytes = bytes;
            this.kind = kind;
        }
    }

    static final String NEXT_TOKEN = "NextToken";

    /** Reads one element of a streamed list at a time, the parser then going on with the rest of the file. */
    private static final ObjectReader ELEMENT = Json.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path root;
    private final Path file;
    private final JsonNode json;

    private SnapshotFile(Path root, Path file, JsonNode json) {
        this.root = root;
        this.file = file;
        this.json = json;
    }

    static SnapshotFile read(Path root, String relative, Size size, String command) {
        return readOptional(root, relative, size).orElseThrow(() -> missing(root, relative, command));
    }

    static Optional<SnapshotFile> readOptional(Path root, String relative, Size size) {
        Path file = root.resolve(relative);
        Optional<Path> real = locate(root, relative, size);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = RegularFile.read(real.get(), size.bytes, size.kind);
        } catch (RegularFile.Refused e) {
            throw refused(file, e);
        } catch (IOException e) {
            throw new SnapshotException(file + " could not be read: " + e.getMessage(), e);
        }
        JsonNode json;
        try {
            json = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        } catch (IOException e) {
            throw new SnapshotException(file + " could not be read: " + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new SnapshotException(file + " does not hold the JSON object the AWS CLI writes.");
        }
        if (json.hasNonNull(NEXT_TOKEN)) {
            throw partial(file);
        }
        return Optional.of(new SnapshotFile(root, file, json));
    }

    /**
     * The elements of the top-level list {@code member}, one at a time, for exports too large to hold as a tree:
     * the file is checked as strictly as one read whole, only the elements' order of arrival differs.
     */
    static void stream(Path root, String relative, String member, String command, Consumer<Item> each) {
        Path file = root.resolve(relative);
        Path real = locate(root, relative, Size.EXPORT).orElseThrow(() -> missing(root, relative, command));
        try (JsonParser parser = Json.mapper().createParser(real.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SnapshotException(file + " does not hold the JSON object the AWS CLI writes.");
            }
            boolean listed = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(NEXT_TOKEN) && value != JsonToken.VALUE_NULL) {
                    throw partial(file);
                }
                if (name.equals(member) && value == JsonToken.START_ARRAY) {
                    listed = true;
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        each.accept(element(file, ELEMENT.readTree(parser), member + "[" + i + "]"));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new SnapshotException(file + " holds more after its JSON object; is it two outputs in one?");
            }
            if (!listed) {
                throw noList(file, member);
            }
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        } catch (IOException e) {
            throw new SnapshotException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The real path of {@code relative}, refused unless it stays inside the snapshot folder after normalizing and
     * resolving links, is a regular file (a pipe or device would hang or never end) and fits its size; empty when
     * there is nothing there.
     */
    private static Optional<Path> locate(Path root, String relative, Size size) {
        Path file = root.resolve(relative);
        try {
            Path folder = root.toRealPath();
            Path normalized = folder.resolve(relative).normalize();
            if (!normalized.startsWith(folder)) {
                throw new SnapshotException(file + " is outside the snapshot folder; a name in the snapshot must"
                        + " not lead out of it.");
            }
            if (!Files.exists(normalized, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path real = normalized.toRealPath();
            if (!real.startsWith(folder)) {
                throw new SnapshotException(file + " is a link to " + Printable.of(real.toString())
                        + ", outside the snapshot folder; copy the file into the folder instead.");
            }
            RegularFile.check(real, size.bytes, size.kind);
            return Optional.of(real);
        } catch (RegularFile.Refused e) {
            throw refused(file, e);
        } catch (NoSuchFileException e) {
            throw new SnapshotException(file + " is a link that leads nowhere; copy the file into the folder.", e);
        } catch (FileSystemException e) {
            // A dangling link, a loop of links or a folder without permission: say which.
            throw new SnapshotException(file + " could not be opened: " + Printable.of(
                    Optional.ofNullable(e.getReason()).orElse(e.getClass().getSimpleName())) + ".", e);
        } catch (IOException e) {
            throw new SnapshotException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static SnapshotException missing(Path root, String relative, String command) {
        return new SnapshotException(root.resolve(relative) + " is missing; make it with: " + command);
    }

    /** The refusal names the file as the snapshot's, not where a link inside the folder led. */
    private static SnapshotException refused(Path file, RegularFile.Refused e) {
        return new SnapshotException(file + " " + e.reason()
                + " in a snapshot, which holds only what the AWS CLI wrote.", e);
    }

    private static SnapshotException partial(Path file) {
        return new SnapshotException(file + " has a " + NEXT_TOKEN + ": it holds only part of the output."
                + " Export it again without --max-items (the AWS CLI then fetches every page).");
    }

    private static SnapshotException noList(Path file, String member) {
        return new SnapshotException(file + " has no \"" + member + "\" list; is it the output of the right command?");
    }

    private static SnapshotException invalid(Path file, JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String why = e.getOriginalMessage() == null ? "" : ": " + Printable.of(e.getOriginalMessage());
        return new SnapshotException(file + " is not valid JSON" + where + why + ".", e);
    }

    private static Item element(Path file, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new SnapshotException(file + ": " + path + " is not an object.");
        }
        return new Item(file, node, path);
    }

    /** The array at the top-level member, each element with its path for messages. */
    List<Item> array(String member) {
        JsonNode array = json.get(member);
        if (array == null || !array.isArray()) {
            throw noList(file, member);
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(element(file, array.get(i), member + "[" + i + "]"));
        }
        return items;
    }

    Item root() {
        return new Item(file, json, "");
    }

    Path path() {
        return file;
    }

    /** One object in a file, with its path; accessors fail with the file and field named. */
    static final class Item {
        private final Path file;
        private final JsonNode node;
        private final String path;

        private Item(Path file, JsonNode node, String path) {
            this.file = file;
            this.node = node;
            this.path = path;
        }

        String text(String field) {
            String value = optionalText(field);
            if (value == null) {
                throw refused(field, "is missing.");
            }
            return value;
        }

        /** Text, or null when absent; a number, true/false, list or object where text belongs is refused. */
        String optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw refused(field, "is " + typeOf(value) + ", not text.");
            }
            return value.asText();
        }

        /** A whole number, written as one: {@code "3"} or {@code 3.0} is refused rather than coerced. */
        long wholeNumber(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw refused(field, "is missing.");
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw refused(field, "is not a whole number.");
            }
            return value.asLong();
        }

        OptionalLong optionalWholeNumber(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? OptionalLong.empty() : OptionalLong.of(wholeNumber(field));
        }

        /** {@code true} or {@code false} as JSON writes them; {@code "no"} or {@code 0} is refused, not guessed. */
        boolean bool(String field, boolean fallback) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isBoolean()) {
                throw refused(field, "is " + typeOf(value) + ", not true or false.");
            }
            return value.booleanValue();
        }

        /** A time as the AWS CLI writes it, with its offset ({@code Z}, {@code +00:00}, {@code +05:30}). */
        Instant instant(String field) {
            String value = optionalText(field);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw refused(field, "is not a time with an offset: " + Printable.quoted(value) + ".");
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

        /** A list of text; any element that is not text is refused by its index. */
        List<String> texts(String field) {
            List<String> out = new ArrayList<>();
            JsonNode value = list(field);
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw refused(field + "[" + i + "]", "is " + typeOf(value.get(i)) + ", not text.");
                }
                out.add(value.get(i).asText());
            }
            return out;
        }

        /** An object of text values (e.g. {@code Attributes}); absent is empty. */
        Map<String, String> map(String field) {
            JsonNode value = node.get(field);
            Map<String, String> out = new LinkedHashMap<>();
            if (value == null || value.isNull()) {
                return out;
            }
            if (!value.isObject()) {
                throw refused(field, "is " + typeOf(value) + ", not an object.");
            }
            Item members = new Item(file, value, at(field));
            value.fieldNames().forEachRemaining(name -> {
                String text = members.optionalText(name);
                if (text != null) {
                    out.put(name, text);
                }
            });
            return out;
        }

        List<Item> items(String field) {
            JsonNode value = list(field);
            List<Item> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                out.add(element(file, value.get(i), at(field) + "[" + i + "]"));
            }
            return out;
        }

        Item object(String field) {
            return optionalObject(field).orElseThrow(() -> refused(field, "is missing."));
        }

        Optional<Item> optionalObject(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isObject()) {
                throw refused(field, "is " + typeOf(value) + ", not an object.");
            }
            return Optional.of(new Item(file, value, at(field)));
        }

        /** A member holding JSON as a string, as CloudTrail's {@code CloudTrailEvent} does, parsed. */
        Item embedded(String field) {
            String text = text(field);
            try {
                JsonNode parsed = Json.mapper().readTree(text);
                if (parsed == null || !parsed.isObject()) {
                    throw refused(field, "does not hold a JSON object.");
                }
                return new Item(file, parsed, at(field));
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
                    throw tag.refused("Key", "gives tag " + Printable.quoted(key) + " a second time.");
                }
            }
            return tags;
        }

        /** {@code field}'s text as {@code parse} reads it; a value it does not know is refused, naming the field. */
        <T> T known(String field, Function<String, T> parse) {
            String value = text(field);
            try {
                return parse.apply(value);
            } catch (CloudException e) {
                throw refused(field, "is " + Printable.quoted(value) + ", which is not a value AWS documents.");
            }
        }

        /** {@code field}'s text, refused when an earlier item of the same file gave it already. */
        String unique(String field, Set<String> seen) {
            String value = text(field);
            if (!seen.add(value)) {
                throw refused(field, "gives " + Printable.quoted(value) + " a second time; the same item twice is"
                        + " not an AWS CLI output.");
            }
            return value;
        }

        /** A sentence about this object's {@code field} that names the file and the path, for refusals. */
        SnapshotException refused(String field, String why) {
            return new SnapshotException(file + ": " + at(field) + " " + why);
        }

        private JsonNode list(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Json.mapper().createArrayNode();
            }
            if (!value.isArray()) {
                throw refused(field, "is " + typeOf(value) + ", not a list.");
            }
            return value;
        }

        private String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        private static String typeOf(JsonNode value) {
            return switch (value.getNodeType()) {
                case ARRAY -> "a list";
                case OBJECT, POJO -> "an object";
                case STRING -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> value.asText().toLowerCase(Locale.ROOT);
                case BINARY, MISSING, NULL -> "empty";
            };
        }
    }

    @Override
    public String toString() {
        return root.relativize(file).toString();
    }
}
