package safetyconsole.migrated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names EC2 gives the security groups of one migrated stack, by id, resolved once where the stack is read so
 * that the window, the check and the exports say the same. An id with no known name stays the id.
 */
public record SecurityGroupNames(Map<String, String> byId) {

    public SecurityGroupNames {
        byId = Map.copyOf(byId);
    }

    public Optional<String> name(String groupId) {
        return Optional.ofNullable(byId.get(groupId));
    }

    /** "shop-prod-metrics-scrape, sg-9": each group's name, or its id when it has none known. */
    public String names(List<String> groupIds) {
        return groupIds.stream().map(id -> name(id).orElse(id)).collect(Collectors.joining(", "));
    }

    /** "shop-prod-metrics-scrape (sg-0562b1675caa4c0dd)": name and id where a name is known; else the id once. */
    public String nameWithId(String groupId) {
        return name(groupId).filter(name -> !name.equals(groupId)).map(name -> name + " (" + groupId + ")")
                .orElse(groupId);
    }

    /** {@link #nameWithId} of each, comma-separated: a tooltip, a table cell of a change ticket. */
    public String namesWithIds(List<String> groupIds) {
        return groupIds.stream().map(this::nameWithId).collect(Collectors.joining(", "));
    }
}
