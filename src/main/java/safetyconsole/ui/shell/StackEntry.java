package safetyconsole.ui.shell;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.context.Classification;
import safetyconsole.context.Rgb;

/** One line of the stack list: the stack, its environment and its chip color. */
public record StackEntry(Stack stack, Classification classification, Rgb color) {

    /**
     * The list's order: the OpsWorks stacks an account still has, then the others by the OpsWorks stack they came
     * from (or their own name), so that the layers migrated off one stack sit together; then by name.
     */
    static final Comparator<StackEntry> LIST_ORDER = Comparator
            .comparing((StackEntry entry) -> !entry.stack().isOpsWorks())
            .thenComparing(entry -> entry.originName().toLowerCase(Locale.ROOT))
            .thenComparing(entry -> entry.stack().migratedFrom().map(OpsWorksOrigin::stackIdPrefix).orElse(""))
            .thenComparing(entry -> entry.name().toLowerCase(Locale.ROOT));

    public String id() {
        return stack.id();
    }

    public String name() {
        return stack.name();
    }

    /**
     * What holds a stack that is not an OpsWorks stack, and where it came from: "shop-prod › rails-app · migrated
     * from OpsWorks · CloudFormation", or just "Auto Scaling group". Empty for an OpsWorks stack.
     */
    public Optional<String> kindAndOrigin() {
        Optional<String> holder = switch (stack.kind()) {
            case OPSWORKS -> Optional.empty();
            case CLOUDFORMATION -> Optional.of("CloudFormation");
            case AUTO_SCALING_GROUP -> Optional.of("Auto Scaling group");
        };
        return holder.map(words -> stack.migratedFrom()
                .map(origin -> origin.stackName() + origin.layerName().map(layer -> " \u203a " + layer).orElse("")
                        + " \u00b7 migrated from OpsWorks \u00b7 " + words)
                .orElse(stack.kind() == StackKind.CLOUDFORMATION ? "CloudFormation stack" : words));
    }

    private String originName() {
        return stack.migratedFrom().map(OpsWorksOrigin::stackName).orElse(stack.name());
    }
}
