package safetyconsole.ui.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.ExportFormat;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.QueuedTaskRunner;

class DriftViewModelTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final DriftViewModel model = new DriftViewModel(new InlineTaskRunner());

    @TempDir
    Path dir;
    private Layer rails;
    private Layer workers;

    @BeforeEach
    void setUp() {
        Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod"))
                .findFirst().orElseThrow();
        model.show(new InventoryLoader(account, TestClocks.fixed()).load(prod));
        rails = layer(LayerType.RAILS_APP);
        workers = layer(LayerType.CUSTOM);
    }

    @Test
    void whatWaitsForTheAnalysisRunsOnceItArrivesOrAtOnceWhenOneIsShown() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        DriftViewModel queued = new DriftViewModel(runner);
        Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod"))
                .findFirst().orElseThrow();
        List<Integer> pendingSeen = new ArrayList<>();
        queued.show(new InventoryLoader(account, TestClocks.fixed()).load(prod));

        queued.whenAnalysed(() -> pendingSeen.add(queued.pendingIn(workers.id()).size()));
        assertThat(pendingSeen).isEmpty();
        runner.runAll();
        assertThat(pendingSeen).containsExactly(1);

        queued.whenAnalysed(() -> pendingSeen.add(-1));
        assertThat(pendingSeen).containsExactly(1, -1);
    }

    @Test
    void whatWaitedForAStackClearedAwayNeverRunsOnTheNextOne() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        DriftViewModel queued = new DriftViewModel(runner);
        List<Stack> stacks = account.describeStacks();
        List<String> ran = new ArrayList<>();
        queued.show(new InventoryLoader(account, TestClocks.fixed()).load(stacks.get(0)));
        queued.whenAnalysed(() -> ran.add("impact of a change in " + stacks.get(0).name()));

        queued.clear("Another stack was chosen.");
        queued.show(new InventoryLoader(account, TestClocks.fixed()).load(stacks.get(1)));
        runner.runAll();

        assertThat(queued.reportProperty().get()).isNotNull();
        assertThat(ran).isEmpty();
    }

    @Test
    void theAnalysisRunsOnTheTaskRunnerAndOneForAStackLeftNeverShows() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        DriftViewModel queued = new DriftViewModel(runner);
        Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod"))
                .findFirst().orElseThrow();

        queued.show(new InventoryLoader(account, TestClocks.fixed()).load(prod));
        assertThat(queued.reportProperty().get()).isNull();
        runner.runAll();
        assertThat(queued.reportProperty().get()).isNotNull();
        assertThat(queued.countsByLayer()).isNotEmpty();

        queued.show(new InventoryLoader(account, TestClocks.fixed()).load(prod));
        queued.clear("Loading shop-dev\u2026");
        runner.runAll();
        assertThat(queued.reportProperty().get()).isNull();
        assertThat(queued.grouped()).isEmpty();
        assertThat(queued.countsByLayer()).isEmpty();
        assertThat(queued.summaryProperty().get()).isEqualTo("Loading shop-dev\u2026");
    }

    @Test
    void problemsOnlyHidesInstancesInSync() {
        assertThat(hostnames(model.grouped().get(rails)))
                .containsExactly("rails-app1", "rails-app2", "rails-app3", "rails-app4", "rails-app5");

        model.problemsOnlyProperty().set(false);

        assertThat(hostnames(model.grouped().get(rails))).contains("rails-app6");
    }

    @Test
    void aLayerRowStandsForItsShownInstancesAndDuplicatesAreDropped() {
        GroupDrift app3 = model.grouped().get(workers).get(0);

        List<GroupDrift> selection = model.instancesOf(List.of(new DriftViewModel.Row(rails, null),
                new DriftViewModel.Row(workers, app3)));

        assertThat(hostnames(selection)).containsExactly("rails-app1", "rails-app2", "rails-app3", "rails-app4",
                "rails-app5");
    }

    @Test
    void countsPerLayerFeedTheChart() {
        assertThat(model.countsByLayer().get(rails)).containsEntry(SyncStatus.PENDING, 3L)
                .containsEntry(SyncStatus.IN_SYNC, 1L).containsEntry(SyncStatus.WILL_SYNC_ON_START, 1L)
                .containsEntry(SyncStatus.WONT_SYNC_ON_START, 1L);
    }

    @Test
    void pendingInALayerIsWhatFixThemNowFixes() {
        assertThat(hostnames(model.pendingIn(workers.id()))).containsExactly("rails-app3");
    }

    @Test
    void clearingSaysWhyAndEmptiesEverything() {
        model.clear("Loading shop-dev\u2026");

        assertThat(model.grouped()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("Loading shop-dev\u2026");
    }

    private Layer layer(LayerType type) {
        return model.reportProperty().get().inventory().layers().stream().filter(l -> l.type() == type).findFirst()
                .orElseThrow();
    }

    private static List<String> hostnames(List<GroupDrift> drifts) {
        return drifts.stream().map(d -> d.instance().hostname()).toList();
    }

    @Test
    void exportWritesTheAnalysisAndSaysWhere() throws Exception {
        Path file = dir.resolve(model.suggestedFileName(ExportFormat.MARKDOWN));

        model.export(file, ExportFormat.MARKDOWN);

        assertThat(file.getFileName().toString()).isEqualTo("pending-groups-shop-prod.md");
        assertThat(Files.readString(file)).contains("rails-app1", "shop-prod-metrics-scrape");
        assertThat(model.exportMessageProperty().get()).isEqualTo("Written to " + file + ".");
    }

    @Test
    void aFailedExportSaysSoInOneSentence() {
        Path file = dir.resolve("no-such-folder").resolve("x.csv");

        model.export(file, ExportFormat.CSV);

        assertThat(model.exportMessageProperty().get())
                .isEqualTo(file + " could not be written: its folder does not exist.");
    }
}
