package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The choices of StopInstance (Force) and DeleteInstance (DeleteElasticIp, DeleteVolumes). */
public record InstanceOptions(boolean force, boolean deleteElasticIp, boolean deleteVolumes) {

    public static final InstanceOptions NONE = new InstanceOptions(false, false, false);

    /** The choices that are set, as the API names them, e.g. "DeleteElasticIp, DeleteVolumes". */
    public Optional<String> describe() {
        List<String> set = new ArrayList<>();
        if (force) {
            set.add("Force");
        }
        if (deleteElasticIp) {
            set.add("DeleteElasticIp");
        }
        if (deleteVolumes) {
            set.add("DeleteVolumes");
        }
        return set.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", set));
    }
}
