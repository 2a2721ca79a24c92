package safetyconsole.cloud;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of one launch template version the console reads: {@code SecurityGroupIds}, {@code SecurityGroups}
 * (names, which EC2 resolves in the default VPC), the {@code NetworkInterfaces} with their own groups, and the
 * {@code UserData} as EC2 returns it (base64, not decoded: it is hostile input to whoever reads it).
 */
public record LaunchTemplateVersion(
        String templateId,
        long versionNumber,
        List<String> securityGroupIds,
        List<String> securityGroupNames,
        List<LaunchTemplateNetworkInterface> networkInterfaces,
        Optional<String> userData) {

    public LaunchTemplateVersion {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(userData, "userData");
        securityGroupIds = List.copyOf(securityGroupIds);
        securityGroupNames = List.copyOf(securityGroupNames);
        networkInterfaces = List.copyOf(networkInterfaces);
    }

    /** A version without user data. */
    public LaunchTemplateVersion(String templateId, long versionNumber, List<String> securityGroupIds,
                                 List<String> securityGroupNames,
                                 List<LaunchTemplateNetworkInterface> networkInterfaces) {
        this(templateId, versionNumber, securityGroupIds, securityGroupNames, networkInterfaces, Optional.empty());
    }
}
