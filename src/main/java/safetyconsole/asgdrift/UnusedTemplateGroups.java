package safetyconsole.asgdrift;

import java.util.List;
import java.util.Objects;

/** NOT_USED: the template's newest version has groups the version the group uses lacks. */
public record UnusedTemplateGroups(TemplateVersionRef usedNow, TemplateVersionRef newer, List<String> groupIds) {

    public UnusedTemplateGroups {
        Objects.requireNonNull(usedNow, "usedNow");
        Objects.requireNonNull(newer, "newer");
        groupIds = List.copyOf(groupIds);
    }

    public String sentence() {
        return "The group uses " + usedNow.words() + ", but " + newer.words() + " adds " + String.join(", ", groupIds)
                + ": not even new instances get " + (groupIds.size() == 1 ? "it" : "them") + ".";
    }
}
