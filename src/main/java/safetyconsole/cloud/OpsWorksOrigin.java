package safetyconsole.cloud;

import java.util.Objects;
import java.util.Optional;

/**
 * The OpsWorks stack (and layer) a migrated stack came from, recovered from the migration's names alone: no tag on
 * the new resources names them. {@code stackIdPrefix} is the first six characters of the old stack id, which every
 * name of one migrated stack ends with; {@code layerName} is empty when the names cannot tell stack and layer apart;
 * {@code application} is the Application Manager application ({@code app-<stack>-<id6>}) that groups the layers,
 * when there is one.
 */
public record OpsWorksOrigin(
        String stackName,
        Optional<String> layerName,
        String stackIdPrefix,
        Optional<String> application) {

    public OpsWorksOrigin {
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(layerName, "layerName");
        Objects.requireNonNull(stackIdPrefix, "stackIdPrefix");
        Objects.requireNonNull(application, "application");
    }
}
