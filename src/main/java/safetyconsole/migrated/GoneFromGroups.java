package safetyconsole.migrated;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import safetyconsole.attribution.scaling.ScalingChains;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.inventory.InventoryHistory;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.inventory.Sighting;

/**
 * What went from a migrated stack's Auto Scaling groups since the console last saw it, and who was behind it: records
 * each sighting in the {@link InventoryHistory} (gone instances stay reported until dismissed, across restarts), then
 * asks {@link ScalingChains} once per group for every instance gone from it. Blocking: the chain reads activities and
 * CloudTrail.
 */
public final class GoneFromGroups {

    private final InventoryHistory history;
    private final ScalingChains chains;
    private final Clock clock;

    public GoneFromGroups(InventoryHistory history, ScalingChains chains, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.chains = Objects.requireNonNull(chains, "chains");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the stack as read and explains what is gone and not yet dismissed, group by group. A stack not read in
     * full records nothing (an instance not seen then proves nothing) and shows what was found gone before.
     */
    public List<GoneFromGroup> record(String accountId, ScalingStackInventory inventory) {
        Stack stack = inventory.stack();
        Optional<MissingInstances> missing = GroupSightings.of(inventory)
                .map(seen -> history.record(accountId, stack.id(), stack.name(), seen))
                .or(() -> history.notDismissed(accountId, stack.id()));
        return missing.map(gone -> explain(stack, gone)).orElse(List.of());
    }

    private List<GoneFromGroup> explain(Stack stack, MissingInstances missing) {
        Map<String, List<Sighting.SeenInstance>> byGroup = new LinkedHashMap<>();
        missing.gone().forEach(gone -> byGroup.computeIfAbsent(GroupSightings.groupOf(gone), group -> new ArrayList<>())
                .add(gone));
        Optional<String> cloudFormationStack = stack.kind() == StackKind.CLOUDFORMATION ? Optional.of(stack.name())
                : Optional.empty();
        List<GoneFromGroup> explained = new ArrayList<>();
        byGroup.forEach((group, gone) -> {
            String label = gone.get(0).layerNames().get(0);
            explained.add(new GoneFromGroup(group, label, missing.layerChanges().getOrDefault(label, ""),
                    chains.explain(stack.region(), group, cloudFormationStack,
                            gone.stream().map(Sighting.SeenInstance::id).toList(), missing.lastSeen(),
                            clock.instant())));
        });
        return explained;
    }
}
