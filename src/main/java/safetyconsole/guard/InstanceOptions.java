package safetyconsole.guard;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The choices of StopInstance (Force) and DeleteInstance (DeleteElasticIp, DeleteVolumes). */
public record InstanceOptions(boolean force, boolean deleteElasticIp, boolean deleteVolumes) {

    public static final InstanceOptions NONE = new InstanceOptions(false, false, false);

    public boolean isSet(InstanceOption option) {
        return switch (option) {
            case FORCE -> force;
            case DELETE_ELASTIC_IP -> deleteElasticIp;
            case DELETE_VOLUMES -> deleteVolumes;
        };
    }

    /** These options with every one not in {@code taken} unset. */
    InstanceOptions onlyThese(Set<InstanceOption> taken) {
        return new InstanceOptions(force && taken.contains(InstanceOption.FORCE),
                deleteElasticIp && taken.contains(InstanceOption.DELETE_ELASTIC_IP),
                deleteVolumes && taken.contains(InstanceOption.DELETE_VOLUMES));
    }

    /** The choices that are set, as the API names them, e.g. "DeleteElasticIp, DeleteVolumes". */
    public Optional<String> describe() {
        String set = Arrays.stream(InstanceOption.values()).filter(this::isSet).map(InstanceOption::apiName)
                .collect(Collectors.joining(", "));
        return set.isEmpty() ? Optional.empty() : Optional.of(set);
    }
}
