package safetyconsole.cloud;

import java.util.List;
import java.util.Objects;

/**
 * The security-group part of one launch template version: {@code SecurityGroupIds}, {@code SecurityGroups}
 * (names, which EC2 resolves in the default VPC) and the {@code NetworkInterfaces} with their own groups.
 */
public record LaunchTemplateVersion(
        String templateId,
        long versionNumber,
        List<String> securityGroupIds,
        List<String> securityGroupNames,
        List<LaunchTemplateNetworkInterface> networkInterfaces) {

    public LaunchTemplateVersion {
        Objects.requireNonNull(templateId, "templateId");
        securityGroupIds = List.copyOf(securityGroupIds);
        securityGroupNames = List.copyOf(securityGroupNames);
        networkInterfaces = List.copyOf(networkInterfaces);
    }
}
