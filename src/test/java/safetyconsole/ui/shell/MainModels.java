package safetyconsole.ui.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import safetyconsole.AppContext;
import safetyconsole.cloud.Instance;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

/**
 * What the tests of the main window's model share: the model on the whole demo, a stack of the list, a row of the
 * instances table.
 */
public final class MainModels {

    private MainModels() {
    }

    /** The model on the built-in demo (which remembers an earlier visit), files under {@code dir}, stacks read. */
    public static MainViewModel onTheDemo(Path dir) {
        AppContext app = AppContext.demo(Optional.empty(), Duration.ZERO,
                new AppDirectories(dir.resolve("c"), dir.resolve("d"), dir.resolve("l")), TestClocks.fixed());
        MainViewModel model = new OpenAccount(app).model(new InlineTaskRunner());
        model.stacks().refresh();
        return model;
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
