package safetyconsole.migrated;

import java.util.Collection;
import java.util.List;

import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;

/**
 * Stacks easy to take for one another: the same OpsWorks layer migrated from two OpsWorks stacks
 * ({@code shop-prod-rails-app-3f2a9c} and {@code shop-staging-rails-app-7b1e02} differ by one word). CloudTrail
 * records only the group a call named; these are the ones the caller may have meant.
 */
public final class LookAlikeStacks {

    private LookAlikeStacks() {
    }

    /** The other migrated stacks of {@code all} that hold {@code stack}'s layer for another OpsWorks stack. */
    public static List<Stack> of(Stack stack, Collection<Stack> all) {
        return stack.migratedFrom().filter(origin -> origin.layerName().isPresent())
                .map(origin -> all.stream().filter(other -> !other.isOpsWorks() && !other.id().equals(stack.id()))
                        .filter(other -> other.migratedFrom().filter(o -> sameLayerElsewhere(origin, o)).isPresent())
                        .toList())
                .orElse(List.of());
    }

    private static boolean sameLayerElsewhere(OpsWorksOrigin origin, OpsWorksOrigin other) {
        return other.layerName().equals(origin.layerName()) && !other.stackName().equals(origin.stackName());
    }
}
