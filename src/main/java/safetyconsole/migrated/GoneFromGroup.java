package safetyconsole.migrated;

import java.util.List;
import java.util.Objects;

import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.ScalingChain;

/**
 * The instances gone from one Auto Scaling group of a migrated stack since the console last saw it: the group, how
 * its count changed ("rails-app group of shop-prod", "had 4, now 2") and the chain that explains each instance.
 * Whether an instance was lost or replaced as planned is the chain's finding ({@link GoneInstance.Fate}, decision
 * 0028): only losses and detachments are findings.
 */
public record GoneFromGroup(String groupName, String label, String countChange, ScalingChain chain) {

    public GoneFromGroup {
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(countChange, "countChange");
        Objects.requireNonNull(chain, "chain");
    }

    public List<GoneInstance> withFate(GoneInstance.Fate fate) {
        return chain.instances().stream().filter(instance -> instance.fate() == fate).toList();
    }

    /** Lost or detached: the replacements Auto Scaling or CloudFormation made as planned are not findings. */
    public int findings() {
        return (int) chain.instances().stream().filter(instance -> instance.fate() != GoneInstance.Fate.REPLACED)
                .count();
    }

    /** "rails-app group of shop-prod had 4, now 2". */
    public String sentence() {
        return label + " " + countChange;
    }
}
