package safetyconsole.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.TestClocks;

class InventoryHistoryTest {

    @TempDir
    Path dir;
    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final Stack dev = account.describeStacks().stream().filter(s -> s.name().equals("shop-dev")).findFirst()
            .orElseThrow();

    @Test
    void firstSightingReportsNothingAndAGoneInstanceIsReportedPerLayer() {
        InventoryHistory history = InventoryHistory.inFile(dir.resolve("h.json"));

        assertThat(history.record("1", load()).isEmpty()).isTrue();
        deleteDevTools();
        MissingInstances gone = history.record("1", load());

        assertThat(gone.gone()).extracting(Sighting.SeenInstance::hostname).containsExactly("dev-tools1");
        assertThat(gone.layerChanges()).containsEntry("Tools", "had 1, now 0");
        assertThat(gone.sentence()).startsWith("shop-dev: dev-tools1 is gone since the console last saw the stack (");
    }

    @Test
    void goneInstancesStayReportedAcrossRefreshesAndRestartsUntilDismissed() throws Exception {
        Path file = dir.resolve("h.json");
        InventoryHistory history = InventoryHistory.inFile(file);
        history.record("1", load());
        deleteDevTools();
        history.record("1", load());

        assertThat(history.record("1", load()).isEmpty()).as("second refresh").isFalse();
        InventoryHistory afterRestart = InventoryHistory.inFile(file);
        assertThat(afterRestart.record("1", load()).gone()).extracting(Sighting.SeenInstance::hostname)
                .containsExactly("dev-tools1");

        afterRestart.dismiss("1", dev.id());
        assertThat(InventoryHistory.inFile(file).record("1", load()).isEmpty()).isTrue();
        assertThat(Files.readString(file)).contains("dev-app1");
    }

    @Test
    void accountsAreKeptApart() {
        InventoryHistory history = InventoryHistory.inMemory();
        history.record("1", load());
        deleteDevTools();

        assertThat(history.record("2", load()).isEmpty()).isTrue();
        assertThat(history.record("1", load()).isEmpty()).isFalse();
    }

    @Test
    void anUnreadableHistoryIsIgnoredNotFatal() throws Exception {
        Path file = Files.writeString(dir.resolve("h.json"), "{not json");

        assertThat(InventoryHistory.inFile(file).record("1", load()).isEmpty()).isTrue();
    }

    private StackInventory load() {
        return new InventoryLoader(account, TestClocks.fixed()).load(dev);
    }

    private void deleteDevTools() {
        Instance tools = account.describeInstances(dev.id()).stream().filter(i -> i.hostname().equals("dev-tools1"))
                .findFirst().orElseThrow();
        // Test set-up: a confirmation built by hand, as another operator's console would have.
        account.deleteInstance(tools.id(), false, false, new Confirmation("p", dev.id(), Operation.DELETE_INSTANCE,
                Set.of(tools.id()), TestClocks.NOW.plusSeconds(60)));
    }
}
