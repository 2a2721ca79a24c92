package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.AccountScaleWorld;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.TestClocks;

/** {@code --demo-scale account} opens the account scale, with an earlier visit that finds nothing gone. */
class AccountScaleContextTest {

    @TempDir
    Path dir;

    @Test
    void theLaunchOptionOpensTheAccountScaleAndItsHistoryMissesNothing() throws Exception {
        LaunchOptions options = LaunchOptions.parse("--demo-scale", "account");
        try (AppContext app = AppContext.create(options, new AppDirectories(dir.resolve("c"), dir.resolve("d"),
                dir.resolve("l")), TestClocks.fixed())) {
            List<Stack> stacks = AccountStacks.read(app.account()).stacks();
            Stack largest = stacks.get(0);
            MissingInstances missing = app.inventoryHistory().record(app.account().callerIdentity().accountId(),
                    app.inventoryLoader().load(largest));

            assertThat(stacks).hasSize(AccountScaleWorld.OPSWORKS_STACKS + AccountScaleWorld.SCALING_GROUPS);
            assertThat(largest.name()).isEqualTo(AccountScaleWorld.LARGEST_STACK);
            assertThat(missing.gone()).isEmpty();
        }
    }

    @Test
    void withoutTheOptionTheDemoTellsItsStories() throws Exception {
        try (AppContext app = AppContext.create(LaunchOptions.parse(), new AppDirectories(dir.resolve("c"),
                dir.resolve("d"), dir.resolve("l")), TestClocks.fixed())) {
            assertThat(app.account().describeStacks()).extracting(Stack::name).contains("shop-prod");
        }
    }
}
