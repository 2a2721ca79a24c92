package safetyconsole.cloud.snapshot;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.SystemsManagerReads;

/**
 * Systems Manager in a snapshot, per region under {@code migrated/<region>/}: {@code ssm-parameters.json} (the
 * migration's run lists), {@code ssm-documents.json} (the account's own documents) and
 * {@code ssm-documents/<name>.json} (one document's content). Each file is read when asked for; a missing one is
 * Systems Manager not offered by the snapshot, naming the command that makes it, so what needs it is NOT CHECKED.
 */
final class SnapshotSystemsManager implements SystemsManagerReads {

    private final Path root;

    SnapshotSystemsManager(Path root) {
        this.root = root;
    }

    @Override
    public Map<String, String> parametersByPath(String region, String path) {
        String folder = path.endsWith("/") ? path : path + "/";
        return strictly(() -> {
            Map<String, String> found = new LinkedHashMap<>();
            for (SnapshotFile.Item item : file(region, "ssm-parameters.json", "aws ssm get-parameters-by-path"
                    + " --region " + region + " --path /ApplyChefRecipes-Preset --recursive").array("Parameters")) {
                String name = item.text("Name");
                if (name.startsWith(folder)) {
                    found.put(name, item.text("Value"));
                }
            }
            return found;
        });
    }

    @Override
    public List<String> ownDocumentNames(String region) {
        return strictly(() -> file(region, "ssm-documents.json", "aws ssm list-documents --region " + region
                + " --filters Key=Owner,Values=Self").array("DocumentIdentifiers").stream()
                .map(item -> item.text("Name")).collect(Collectors.toList()));
    }

    @Override
    public String documentContent(String region, String documentName) {
        if (!SnapshotScalingGroups.isSafeName(documentName)) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "\"" + documentName
                    + "\" cannot name a file in " + SnapshotScalingGroups.FOLDER + "/" + region + "/ssm-documents");
        }
        return strictly(() -> file(region, "ssm-documents/" + documentName + ".json", "aws ssm get-document"
                + " --region " + region + " --name " + documentName).root().text("Content"));
    }

    private SnapshotFile file(String region, String name, String command) {
        String relative = SnapshotScalingGroups.FOLDER + "/" + region + "/" + name;
        return SnapshotFile.readOptional(root, relative, SnapshotFile.Size.LIST).orElseThrow(() ->
                CloudException.unavailableHere(OptionalService.SYSTEMS_MANAGER, relative + " is not in the snapshot;"
                        + " make it with: " + command + " > " + relative, null));
    }

    /** A file that is there but bad is that read's failure, named by the file and field. */
    private static <T> T strictly(Supplier<T> read) {
        try {
            return read.get();
        } catch (SnapshotException e) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, e.getMessage(), e);
        }
    }

    /** A snapshot runs nothing (it has no guard, so no look): no agent answers it. */
    @Override
    public Set<String> managedInstanceIds(String region, Collection<String> instanceIds) {
        throw noCommands();
    }

    @Override
    public CommandInvocation commandInvocation(String region, String commandId, String instanceId) {
        throw noCommands();
    }

    private static CloudException noCommands() {
        return CloudException.unavailableHere(OptionalService.SYSTEMS_MANAGER, "a snapshot holds no Systems Manager"
                + " agents or commands; look on an instance from a connected account", null);
    }
}
