package safetyconsole.migrated;

import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;

/** How the console names what a stack is and where it came from, the same in the window and the check. */
public final class StackWords {

    private StackWords() {
    }

    /**
     * "CloudFormation stack, from OpsWorks stack shop-prod, layer rails-app", "Auto Scaling group on its own", or
     * "OpsWorks stack".
     */
    public static String kind(Stack stack) {
        String origin = stack.migratedFrom().map(StackWords::origin).orElse("");
        return switch (stack.kind()) {
            case OPSWORKS -> "OpsWorks stack";
            case CLOUDFORMATION -> "CloudFormation stack" + origin;
            case AUTO_SCALING_GROUP -> "Auto Scaling group on its own" + origin;
        };
    }

    /** ", from OpsWorks stack shop-prod, layer rails-app (Application Manager app-shop-prod-3f2a9c)". */
    private static String origin(OpsWorksOrigin origin) {
        return ", from OpsWorks stack " + origin.stackName()
                + origin.layerName().map(layer -> ", layer " + layer).orElse("")
                + origin.application().map(app -> " (Application Manager " + app + ")").orElse("");
    }

    /** "launch template web-lt version $Latest": a spec as Auto Scaling holds it, before it is resolved. */
    public static String spec(LaunchTemplateSpec spec) {
        return "launch template " + spec.templateName().or(spec::templateId).orElseThrow() + " version "
                + spec.version().orElse(LaunchTemplateSpec.DEFAULT);
    }
}
