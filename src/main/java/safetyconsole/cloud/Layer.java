package safetyconsole.cloud;

import java.util.List;
import java.util.Objects;

/**
 * An OpsWorks layer. {@code customSecurityGroupIds} are the user's groups;
 * {@code defaultSecurityGroupNames} the built-in ones (names, resolved to ids per VPC by EC2).
 */
public record Layer(
        String id,
        String stackId,
        String name,
        String shortname,
        LayerType type,
        List<String> customSecurityGroupIds,
        List<String> defaultSecurityGroupNames,
        boolean autoHealing) {

    public Layer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stackId, "stackId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        customSecurityGroupIds = List.copyOf(customSecurityGroupIds);
        defaultSecurityGroupNames = List.copyOf(defaultSecurityGroupNames);
    }

    public Layer withCustomSecurityGroupIds(List<String> groupIds) {
        return new Layer(id, stackId, name, shortname, type, groupIds, defaultSecurityGroupNames, autoHealing);
    }
}
