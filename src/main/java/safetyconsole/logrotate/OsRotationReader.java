package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateVersionRef;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;
import safetyconsole.json.Json;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.wording.FailureSentences;

/**
 * Reads where a migrated stack's OS rotates logs, without touching an instance: the user data of each group's
 * launch template version in use, the Chef run lists of the stack's {@code /ApplyChefRecipes-Preset/} parameters,
 * and the account's own SSM documents the stack uses (named in its user data or run lists, or named after the
 * stack). One source that cannot be read is a sentence in {@link OsRotationSources#notRead()}; the others are read.
 */
public final class OsRotationReader {

    /** An SSM document's content is at most 64 KB; more is not read. */
    static final int MAX_DOCUMENT_CHARS = 64 * 1024;
    private static final String RETRY = "try again";

    private final CloudAccount account;
    private final List<OsRotationSources.Found> stanzas = new ArrayList<>();
    private final List<OsRotator> recipes = new ArrayList<>();
    private final List<String> read = new ArrayList<>();
    private final List<String> notRead = new ArrayList<>();
    /** Every text read, so a document named anywhere in it counts as used. */
    private final StringBuilder textsRead = new StringBuilder();

    private OsRotationReader(CloudAccount account) {
        this.account = account;
    }

    public static OsRotationSources read(CloudAccount account, ScalingStackInventory inventory) {
        OsRotationReader reader = new OsRotationReader(account);
        reader.readAll(inventory);
        return new OsRotationSources(reader.stanzas, reader.recipes, reader.read, reader.notRead);
    }

    private void readAll(ScalingStackInventory inventory) {
        Stack stack = inventory.stack();
        inventory.unread().forEach(notice -> notRead.add(FailureSentences.notice(notice, RETRY) + "."));
        Set<TemplateVersionRef> versions = new LinkedHashSet<>();
        for (ScalingGroupDrift group : inventory.groups()) {
            group.templateVersionInUse().ifPresentOrElse(versions::add, () -> notRead.add("Group "
                    + group.group().name() + ": the launch template version it uses is not known, so its user data"
                    + " is not read."));
        }
        versions.forEach(version -> userData(stack.region(), version));
        runLists(stack);
        documents(stack);
    }

    private void userData(String region, TemplateVersionRef version) {
        String what = "user data of " + version.words();
        Optional<String> userData;
        try {
            userData = account.scalingGroups().describeLaunchTemplateVersion(region, version.templateId(),
                    version.versionNumber()).userData();
        } catch (CloudException e) {
            notRead.add("The " + what + " could not be read: " + FailureSentences.of(e, RETRY));
            return;
        }
        if (userData.isEmpty() || userData.get().isBlank()) {
            read.add("The " + what + " is empty.");
            return;
        }
        try {
            for (UserDataDecoder.Part part : UserDataDecoder.decode(userData.get())) {
                textsRead.append(part.text()).append('\n');
                String origin = part.origin().replaceFirst("^user data", what);
                List<WrittenFile> files = CloudConfigFiles.isCloudConfig(part.text())
                        ? CloudConfigFiles.written(part.text(), origin) : ShellHeredocs.written(part.text(), origin);
                addStanzas(OsRotator.Kind.USER_DATA, files);
            }
            read.add("The " + what + " was read.");
        } catch (UserDataDecoder.Unreadable e) {
            notRead.add("The " + what + " is unreadable: " + e.getMessage() + ".");
        }
    }

    private void addStanzas(OsRotator.Kind kind, List<WrittenFile> files) {
        files.stream().filter(WrittenFile::isLogrotateConfig).forEach(file -> LogrotateStanzas.parse(file.content())
                .forEach(stanza -> stanzas.add(new OsRotationSources.Found(kind, file, stanza))));
    }

    private void runLists(Stack stack) {
        String path = ChefRunLists.pathOf(stack.name());
        try {
            Map<String, String> parameters = account.systemsManager().parametersByPath(stack.region(), path);
            parameters.values().forEach(value -> textsRead.append(value).append('\n'));
            ChefRunLists.logrotateRecipes(parameters).forEach(recipe -> recipes.add(new OsRotator(
                    OsRotator.Kind.RUN_LIST, "Chef run list " + recipe.parameter(), recipe.entry())));
            read.add(parameters.isEmpty() ? "No Chef run list under " + path + "."
                    : parameters.size() + " Chef run list parameter(s) under " + path + " were read.");
        } catch (CloudException e) {
            notRead.add("The Chef run lists under " + path + " could not be read: " + FailureSentences.of(e, RETRY));
        }
    }

    private void documents(Stack stack) {
        List<String> names;
        try {
            names = account.systemsManager().ownDocumentNames(stack.region());
        } catch (CloudException e) {
            notRead.add("The account's own SSM documents could not be listed: " + FailureSentences.of(e, RETRY));
            return;
        }
        String texts = textsRead.toString();
        List<String> stackWords = new ArrayList<>(List.of(stack.name()));
        stack.migratedFrom().flatMap(OsRotationReader::layerPrefix).ifPresent(stackWords::add);
        for (String name : names) {
            boolean used = texts.contains(name) || stackWords.stream().anyMatch(name::contains);
            if (used) {
                document(stack.region(), name);
            }
        }
    }

    /** {@code <stack>-<layer>}: what the migration's names for one layer begin with. */
    private static Optional<String> layerPrefix(OpsWorksOrigin origin) {
        return origin.layerName().map(layer -> origin.stackName() + "-" + layer);
    }

    private void document(String region, String name) {
        String what = "SSM document " + name;
        try {
            String content = account.systemsManager().documentContent(region, name);
            if (content.length() > MAX_DOCUMENT_CHARS) {
                notRead.add("The " + what + " is longer than " + MAX_DOCUMENT_CHARS + " characters; it is not read.");
                return;
            }
            addStanzas(OsRotator.Kind.DOCUMENT, ShellHeredocs.written(commands(content), what));
            read.add("The " + what + " was read.");
        } catch (CloudException e) {
            notRead.add("The " + what + " could not be read: " + FailureSentences.of(e, RETRY));
        }
    }

    /**
     * A document's commands as shell lines: a JSON document's strings (each {@code runCommand} entry a line), or
     * a YAML document's lines without the list dash and quotes.
     */
    static String commands(String content) {
        try {
            JsonNode root = Json.mapper().readTree(content);
            if (root != null && root.isContainerNode()) {
                StringBuilder lines = new StringBuilder();
                strings(root, lines, 0);
                return lines.toString();
            }
        } catch (JsonProcessingException e) {
            // YAML, read below.
        }
        StringBuilder lines = new StringBuilder();
        content.lines().map(String::strip).map(line -> line.startsWith("- ") ? line.substring(2) : line)
                .map(OsRotationReader::unquote).forEach(line -> lines.append(line).append('\n'));
        return lines.toString();
    }

    private static void strings(JsonNode node, StringBuilder lines, int depth) {
        if (depth > 32) {
            return;
        }
        if (node.isTextual()) {
            lines.append(node.asText()).append('\n');
        }
        node.forEach(child -> strings(child, lines, depth + 1));
    }

    private static String unquote(String line) {
        boolean quoted = line.length() >= 2 && (line.startsWith("\"") && line.endsWith("\"")
                || line.startsWith("'") && line.endsWith("'"));
        return quoted ? line.substring(1, line.length() - 1) : line;
    }
}
