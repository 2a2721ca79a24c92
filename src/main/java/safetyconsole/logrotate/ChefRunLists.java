package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import safetyconsole.json.Json;

/**
 * The Chef run lists the migration keeps in {@code /ApplyChefRecipes-Preset/<stack>-<layer>-<id6>/<Event>}
 * parameters, and the recipes in them that rotate logs. A value is JSON with a {@code RunList} member (a string
 * or a list) at any depth, or the run list itself ({@code recipe[a::b],role[c]}): the format is not documented,
 * so both are read.
 */
public final class ChefRunLists {

    /** Where the migration script keeps a layer's lifecycle inputs. */
    public static final String PARAMETER_ROOT = "/ApplyChefRecipes-Preset/";

    /** A logrotate recipe in one parameter's run list. */
    public record LogrotateRecipe(String parameter, String entry) {
    }

    private ChefRunLists() {
    }

    /** The folder of one migrated layer's parameters: its CloudFormation stack's name. */
    public static String pathOf(String migratedStackName) {
        return PARAMETER_ROOT + migratedStackName;
    }

    public static List<LogrotateRecipe> logrotateRecipes(Map<String, String> parameters) {
        List<LogrotateRecipe> recipes = new ArrayList<>();
        parameters.forEach((name, value) -> entries(value).stream().filter(ChefRunLists::rotatesLogs)
                .forEach(entry -> recipes.add(new LogrotateRecipe(name, entry))));
        return recipes;
    }

    /** Each entry of the run list(s) in {@code value}, as written ({@code recipe[logrotate::default]}). */
    static List<String> entries(String value) {
        List<String> runLists = runListsInJson(value).orElse(List.of(value));
        List<String> entries = new ArrayList<>();
        for (String runList : runLists) {
            for (String entry : runList.split("[,\\s]+")) {
                String stripped = entry.strip().replaceAll("^[\"']|[\"']$", "");
                if (!stripped.isEmpty()) {
                    entries.add(stripped);
                }
            }
        }
        return entries;
    }

    private static Optional<List<String>> runListsInJson(String value) {
        if (!value.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode root = Json.mapper().readTree(value);
            List<String> found = new ArrayList<>();
            collect(root, found, 0);
            return Optional.of(found);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void collect(JsonNode node, List<String> found, int depth) {
        if (depth > 16 || node == null) {
            return;
        }
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().equalsIgnoreCase("RunList")) {
                if (value.isTextual()) {
                    found.add(value.asText());
                } else if (value.isArray()) {
                    value.forEach(item -> found.add(item.asText()));
                }
            } else if (value.isObject()) {
                collect(value, found, depth + 1);
            }
        });
    }

    /**
     * A recipe of a cookbook named logrotate, or a recipe named for it ({@code shop::logrotate}); a role may hold
     * one too, but its recipes are on the Chef side, not read here.
     */
    static boolean rotatesLogs(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.startsWith("role[")) {
            return false;
        }
        String recipe = lower.startsWith("recipe[") && lower.endsWith("]") ? lower.substring(7, lower.length() - 1)
                : lower;
        String cookbook = recipe.split("::", 2)[0].split("@", 2)[0];
        return cookbook.equals("logrotate") || recipe.contains("logrotate");
    }
}
