package safetyconsole.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Instance;

/** Re-verification shared by several operations: the live account read again and compared with the plan. */
final class LiveTargets {

    private LiveTargets() {
    }

    /** Each instance target must still be in the stack, in the planned status, on the planned EC2 instance. */
    static List<String> instancesAsPlanned(Plan plan, CloudAccount reads) {
        Map<String, Instance> live = byId(reads.describeInstances(plan.stack().id()), Instance::id);
        List<String> changes = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            Instance now = live.get(target.id());
            if (now == null) {
                changes.add(target.name() + " is no longer in " + plan.stack().name() + ".");
            } else if (!now.stackId().equals(plan.stack().id())) {
                changes.add(target.name() + " now belongs to another stack.");
            } else if (now.status() != target.status()) {
                changes.add(target.name() + " was " + target.status().apiName() + " when planned and is now "
                        + now.status().apiName() + ".");
            } else if (!now.ec2Id().equals(Optional.ofNullable(target.ec2Id()))) {
                String planned = target.ec2Id() == null ? "none" : target.ec2Id();
                changes.add(now.ec2Id().map(id -> target.name() + " is now EC2 instance " + id + ", not " + planned)
                        .orElse(target.name() + " no longer has an EC2 instance (it was " + planned + ")") + ".");
            }
        }
        return changes;
    }

    /** One sentence per target that is no longer among {@code live}. */
    static List<String> missing(Plan plan, Map<String, ?> live, String noun) {
        return plan.targets().stream().filter(t -> !live.containsKey(t.id()))
                .map(t -> "The " + noun + " " + t.name() + " is no longer in " + plan.stack().name() + ".")
                .collect(Collectors.toList());
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
