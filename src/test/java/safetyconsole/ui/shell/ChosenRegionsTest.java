package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

/** The window reads the migrated stacks of the regions chosen, and says which when they are not the account's. */
class ChosenRegionsTest {

    @TempDir
    Path dir;

    private MainViewModel onTheDemo(List<String> regions) {
        AppContext app = AppContext.demo(Optional.empty(), Duration.ZERO,
                new AppDirectories(dir.resolve("c"), dir.resolve("d"), dir.resolve("l")), TestClocks.fixed())
                .withStackRegions(regions);
        MainViewModel model = new OpenAccount(app).model(new InlineTaskRunner());
        model.stacks().refresh();
        return model;
    }

    private static List<String> names(MainViewModel model) {
        return model.stacks().stacks().stream().map(StackEntry::name).toList();
    }

    @Test
    void theAccountsOwnRegionGoesUnsaid() {
        MainViewModel model = onTheDemo(List.of());

        assertThat(names(model)).contains("nightly-batch");
        assertThat(model.banner().notices()).noneMatch(notice -> notice.startsWith("Migrated stacks read in"));
    }

    @Test
    void chosenRegionsAreReadAndNamedAboveTheBanner() {
        MainViewModel model = onTheDemo(List.of("us-east-1", "eu-west-1"));

        assertThat(names(model)).contains("shop-prod", "nightly-batch");
        assertThat(model.banner().notices()).contains("Migrated stacks read in us-east-1, eu-west-1.");
    }

    @Test
    void aRegionWithoutTheDemosMigratedStacksListsOnlyItsOpsWorksStacks() {
        MainViewModel model = onTheDemo(List.of("eu-west-1"));

        assertThat(names(model)).contains("shop-prod").doesNotContain("nightly-batch");
        assertThat(model.banner().notices()).contains("Migrated stacks read in eu-west-1.");
    }
}
