package safetyconsole.cloud;

import java.util.List;

/** A network interface a launch template version gives new instances; device index 0 is the primary one. */
public record LaunchTemplateNetworkInterface(int deviceIndex, List<String> groupIds) {

    public LaunchTemplateNetworkInterface {
        groupIds = List.copyOf(groupIds);
    }
}
