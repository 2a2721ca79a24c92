package safetyconsole.cloud.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import safetyconsole.cloud.CloudException;

/**
 * The demo account's Systems Manager, per region: Parameter Store (the migration's run lists) and the account's
 * own documents. Not thread-safe: {@link DemoAccount} serialises access.
 */
final class DemoSystemsManager {

    private final Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> documents = new LinkedHashMap<>();

    void putParameter(String region, String name, String value) {
        parameters.computeIfAbsent(region, r -> new TreeMap<>()).put(name, value);
    }

    /** GetParametersByPath, recursive: the names under {@code path} as a folder. */
    Map<String, String> parametersByPath(String region, String path) {
        String folder = path.endsWith("/") ? path : path + "/";
        Map<String, String> found = new LinkedHashMap<>();
        parameters.getOrDefault(region, Map.of()).forEach((name, value) -> {
            if (name.startsWith(folder)) {
                found.put(name, value);
            }
        });
        return found;
    }

    List<String> ownDocumentNames(String region) {
        return List.copyOf(documents.getOrDefault(region, Map.of()).keySet());
    }

    String documentContent(String region, String name) {
        String content = documents.getOrDefault(region, Map.of()).get(name);
        if (content == null) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "No document " + name + " in " + region);
        }
        return content;
    }
}
