package safetyconsole.ui.shell;

import java.util.Arrays;
import java.util.List;

import safetyconsole.cloud.Instance;
import safetyconsole.inventory.InstanceRow;

/** Lookups the tests of the main window's model share: a stack of the list, a row of the instances table. */
public final class MainModels {

    private MainModels() {
    }

    public static StackEntry entry(MainViewModel model, String name) {
        return model.stacks().stacks().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    public static void select(MainViewModel model, String name) {
        model.stacks().select(entry(model, name));
    }

    public static InstanceRow row(MainViewModel model, String hostname) {
        return model.stacks().content().instances().stream().filter(r -> r.hostname().equals(hostname)).findFirst()
                .orElseThrow();
    }

    public static List<Instance> instances(MainViewModel model, String... hostnames) {
        return Arrays.stream(hostnames).map(h -> row(model, h).instance()).toList();
    }
}
