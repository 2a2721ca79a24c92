package safetyconsole.ui.scaling;

import java.util.List;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.migrated.ScalingStackInventory;

/** One Auto Scaling group of a migrated stack as the Groups table shows it, with its analysis. */
public record GroupRow(ScalingGroupDrift drift) {

    public static List<GroupRow> of(ScalingStackInventory inventory) {
        return inventory.groups().stream().map(GroupRow::new).toList();
    }

    public AutoScalingGroup group() {
        return drift.group();
    }

    public String name() {
        return group().name();
    }

    public String cloudFormationStack() {
        return group().cloudFormationStackName().orElse(null);
    }

    /**
     * "version 3 ($Latest) of launch template shop-prod-rails-app-LaunchTemplate-3f2a9c": the version in use as
     * the analysis resolved it, with the words the group names it by when they are not a number; as the group names
     * it when it could not be resolved. The version comes first: a long template name is cut off, not it.
     */
    public String launchTemplate() {
        List<LaunchTemplateSpec> specs = group().launchTemplateSpecs();
        if (specs.isEmpty()) {
            return "a launch configuration, not a launch template";
        }
        LaunchTemplateSpec spec = specs.get(0);
        String named = spec.version().orElse(LaunchTemplateSpec.DEFAULT);
        String overrides = specs.size() > 1 ? " (and " + (specs.size() - 1) + " per instance type)" : "";
        String words = named.startsWith("$") ? " (" + named + ")" : "";
        String template = drift.templateVersionInUse()
                .map(ref -> "version " + ref.versionNumber() + words + " of launch template " + ref.templateName())
                .orElseGet(() -> "version " + named + " (not resolved) of launch template "
                        + spec.templateName().or(spec::templateId).orElseThrow());
        return template + overrides;
    }

    /** "2 / 1 / 4": desired, min and max. */
    public String capacity() {
        return group().desiredCapacity() + " / " + group().minSize() + " / " + group().maxSize();
    }

    public int instanceCount() {
        return group().instances().size();
    }

    /** The latest instance refresh in a few words ("in progress, 40%"), "none", or why it is not known. */
    public String latestRefresh() {
        if (drift.refreshesNotCheckedBecause().isPresent()) {
            return "not checked: " + drift.refreshesNotCheckedBecause().get();
        }
        return drift.latestRefresh().map(GroupRow::refreshWords).orElse("none");
    }

    /** What the group's analysis says, most pressing first; one calm sentence when there is no news. */
    public List<String> sentences() {
        List<String> sentences = drift.sentences();
        if (!sentences.isEmpty()) {
            return sentences;
        }
        return List.of(drift.hasFindings() ? "Some of its instances need a look: see the Security groups tab."
                : "Nothing to look at: its instances have the groups of the launch template version in use.");
    }

    private static String refreshWords(InstanceRefresh refresh) {
        String state = switch (refresh.status()) {
            case PENDING -> "pending";
            case IN_PROGRESS -> "in progress";
            case BAKING -> "baking";
            case SUCCESSFUL -> "successful";
            case FAILED -> "failed";
            case CANCELLING -> "cancelling";
            case CANCELLED -> "cancelled";
            case ROLLBACK_IN_PROGRESS -> "rolling back";
            case ROLLBACK_FAILED -> "rollback failed";
            case ROLLBACK_SUCCESSFUL -> "rolled back";
            case UNKNOWN -> "in an unknown state";
        };
        String percentage = refresh.percentageComplete().isPresent() && refresh.status().isActive()
                ? ", " + refresh.percentageComplete().getAsInt() + "%" : "";
        return state + percentage;
    }
}
