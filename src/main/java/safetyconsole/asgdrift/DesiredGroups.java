package safetyconsole.asgdrift;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The groups a launch template spec gives new instances, in order and without repeats, resolved once per spec;
 * the one immutable list is shared by the findings of all the group's instances. Or why they could not be known.
 */
record DesiredGroups(Optional<TemplateVersionRef> version, List<String> groupIds,
                     Optional<String> unknownBecause) {

    static DesiredGroups of(TemplateVersionRef version, Set<String> groupIds) {
        return new DesiredGroups(Optional.of(version), List.copyOf(new LinkedHashSet<>(groupIds)), Optional.empty());
    }

    static DesiredGroups unknown(Optional<TemplateVersionRef> version, String because) {
        return new DesiredGroups(version, List.of(), Optional.of(because));
    }

    boolean isKnown() {
        return unknownBecause.isEmpty();
    }
}
