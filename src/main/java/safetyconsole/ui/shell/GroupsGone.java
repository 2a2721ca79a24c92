package safetyconsole.ui.shell;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.ChainStep;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.migrated.GoneFromGroup;

/**
 * What went from the selected migrated stack's Auto Scaling groups since the console last saw it, in the words of
 * the missing-instance bar: per group how its count changed, the instances lost and those replaced as planned (not
 * a loss), and who the chains name.
 */
public record GroupsGone(String stackName, List<GoneFromGroup> groups) {

    private static final DateTimeFormatter SEEN = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public GroupsGone {
        Objects.requireNonNull(stackName, "stackName");
        groups = List.copyOf(groups);
    }

    /**
     * "shop-prod-rails-app-3f2a9c: rails-app group of shop-prod had 4, now 2: i-1, i-2 lost, named: bob through
     * Auto Scaling (since the console last saw the stack, 2026-12-01 05:00 UTC)."
     */
    public String sentence() {
        List<String> parts = new ArrayList<>();
        for (GoneFromGroup group : groups) {
            List<String> fates = new ArrayList<>();
            fates.add(fate(group, GoneInstance.Fate.LOST, "lost"));
            fates.add(fate(group, GoneInstance.Fate.DETACHED, "detached, running outside the group"));
            fates.add(fate(group, GoneInstance.Fate.REPLACED, "replaced as planned, not a loss"));
            fates.removeIf(String::isEmpty);
            parts.add(group.sentence() + ": " + String.join("; ", fates) + ", " + named(group));
        }
        String since = groups.stream().map(group -> group.chain().from()).min(Comparable::compareTo)
                .map(seen -> " (since the console last saw the stack, " + SEEN.format(seen) + ")").orElse("");
        return stackName + ": " + String.join(". ", parts) + since + ".";
    }

    private static String fate(GoneFromGroup group, GoneInstance.Fate fate, String words) {
        List<GoneInstance> instances = group.withFate(fate);
        return instances.isEmpty() ? "" : instances.stream().map(GoneInstance::instanceId)
                .collect(Collectors.joining(", ")) + " " + words;
    }

    /** "named: bob through Auto Scaling", or that no chain reached a person. */
    private static String named(GoneFromGroup group) {
        List<String> names = group.chain().instances().stream().map(GroupsGone::namedBy).flatMap(Optional::stream)
                .distinct().toList();
        return names.isEmpty() ? "no person's call found"
                : "named: " + String.join(", ", names);
    }

    /** "bob through Auto Scaling", "carol through CloudFormation", "dave in EC2 directly". */
    static Optional<String> namedBy(GoneInstance instance) {
        return instance.responsible().map(person -> name(person) + instance.hops().stream()
                .filter(hop -> hop.candidates().contains(person)).findFirst()
                .map(hop -> through(hop.step(), person)).orElse(""));
    }

    private static String name(ChainLink person) {
        return person.event().userName() != null ? person.event().userName() : person.event().principalArn();
    }

    private static String through(ChainStep step, ChainLink person) {
        return switch (step) {
            case AUTO_SCALING_CALL -> switch (person.caller()) {
                case PERSON_THROUGH_CLOUDFORMATION -> " through CloudFormation";
                case PERSON, STACK_SERVICE_ROLE, AUTO_SCALING_SERVICE_ROLE -> " through Auto Scaling";
            };
            case STACK_OPERATION, CHANGE_SET_CREATION -> " through CloudFormation";
            case DIRECT_EC2_CALL -> " in EC2 directly";
            case POLICY_OR_ALARM_CHANGE -> " (last changed the scaling policy or alarm)";
            case EC2_EVENT, SCALING_ACTIVITY -> "";
        };
    }
}
