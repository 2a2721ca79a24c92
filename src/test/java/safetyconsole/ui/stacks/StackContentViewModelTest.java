package safetyconsole.ui.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.QueuedTaskRunner;

/**
 * The selected stack's tables: filled from one load, emptied at once when another stack is chosen; rows built and
 * filtered off the FX thread (on the task runner), each table filled in one change.
 */
class StackContentViewModelTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final StackContentViewModel model = new StackContentViewModel(new InlineTaskRunner());

    @Test
    void showingAStackFillsEveryTableAndTheDriftScreen() {
        StackInventory prod = load("shop-prod");

        model.show(prod);

        assertThat(model.instances()).extracting(InstanceRow::hostname).contains("rails-app1", "db-master1");
        assertThat(model.layers()).hasSize(4);
        assertThat(model.apps()).hasSize(2);
        assertThat(model.inventory()).containsSame(prod);
        assertThat(model.drift().grouped()).isNotEmpty();
        assertThat(model.placeholderProperty().get()).isEqualTo("shop-prod has none.");
    }

    @Test
    void clearingEmptiesTheTablesAndSaysWhyTheyAreEmpty() {
        model.show(load("shop-prod"));
        model.selectInstance(model.instances().get(0));

        model.clear("Loading shop-dev\u2026");

        assertThat(model.instances()).isEmpty();
        assertThat(model.layers()).isEmpty();
        assertThat(model.apps()).isEmpty();
        assertThat(model.details()).isEmpty();
        assertThat(model.inventory()).isEmpty();
        assertThat(model.drift().grouped()).isEmpty();
        assertThat(model.placeholderProperty().get()).isEqualTo("Loading shop-dev\u2026");
    }

    @Test
    void selectingAnInstanceShowsItsDetails() {
        model.show(load("shop-prod"));
        InstanceRow app2 = model.instances().stream()
                .filter(r -> r.hostname().equals("rails-app2")).findFirst().orElseThrow();

        model.selectInstance(app2);

        assertThat(model.details()).anySatisfy(line -> {
            assertThat(line.label()).isEqualTo("Root device");
            assertThat(line.value()).startsWith("instance-store");
        });
        model.selectInstance(null);
        assertThat(model.details()).isEmpty();
    }

    @Test
    void theDetailsOfAnInstanceGoWhenTheStackIsShownAgain() {
        model.show(load("shop-prod"));
        model.selectInstance(model.instances().get(0));
        assertThat(model.details()).isNotEmpty();

        model.show(load("shop-dev"));

        assertThat(model.details()).isEmpty();
        assertThat(model.instances()).extracting(InstanceRow::hostname)
                .containsExactlyInAnyOrder("dev-app1", "dev-tools1");
    }

    @Test
    void theFilterKeepsTheRowsHoldingItsTextInAnyColumnIgnoringCase() {
        model.show(load("shop-prod"));
        int all = model.instances().size();

        model.filterProperty().set("RAILS-APP");
        assertThat(model.instances()).isNotEmpty().extracting(InstanceRow::hostname)
                .allSatisfy(hostname -> assertThat(hostname).startsWith("rails-app"));

        model.filterProperty().set("MySQL");
        assertThat(model.instances()).extracting(InstanceRow::hostname).containsExactly("db-master1");
        assertThat(model.filterCountProperty().get()).isEqualTo("1 of " + all);

        model.filterProperty().set(" ");
        assertThat(model.instances()).hasSize(all);
        assertThat(model.filterCountProperty().get()).isEmpty();
    }

    @Test
    void aFilterThatKeepsNoRowSaysSoWhereTheRowsWouldBe() {
        model.show(load("shop-prod"));

        model.filterProperty().set("no-such-host");

        assertThat(model.instances()).isEmpty();
        assertThat(model.instancesPlaceholderProperty().get())
                .isEqualTo("No instance of shop-prod matches \u201cno-such-host\u201d.");
        assertThat(model.placeholderProperty().get()).isEqualTo("shop-prod has none.");
    }

    @Test
    void rowsAreBuiltAndFilteredOnTheTaskRunnerAndEachTableFilledInOneChange() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        StackContentViewModel queued = new StackContentViewModel(runner);
        List<ListChangeListener.Change<? extends InstanceRow>> changes = new ArrayList<>();
        queued.instances().addListener((ListChangeListener<InstanceRow>) changes::add);

        queued.show(load("shop-prod"));
        assertThat(queued.instances()).isEmpty();
        assertThat(queued.inventory()).isEmpty();
        assertThat(queued.drift().reportProperty().get()).isNull();

        runner.runAll();
        assertThat(queued.instances()).isNotEmpty();
        assertThat(queued.drift().reportProperty().get()).isNotNull();
        assertThat(changes).hasSize(1);

        queued.filterProperty().set("db-master");
        assertThat(changes).hasSize(1);
        runner.runAll();
        assertThat(changes).hasSize(2);
        assertThat(queued.instances()).extracting(InstanceRow::hostname).containsExactly("db-master1");
    }

    @Test
    void aFilterTypedWhileTheRowsAreBuiltAppliesToThemAndOnlyTheNewestRowsShow() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        StackContentViewModel queued = new StackContentViewModel(runner);
        queued.show(load("shop-prod"));

        queued.filterProperty().set("db-");
        queued.filterProperty().set("db-master");
        runner.runAll();

        assertThat(queued.instances()).extracting(InstanceRow::hostname).containsExactly("db-master1");
    }

    @Test
    void keysTypedWhileTheRowsAreBuiltDoNotBuildThemAgain() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        StackContentViewModel queued = new StackContentViewModel(runner);
        queued.show(load("shop-prod"));
        int building = runner.pending();

        queued.filterProperty().set("d");
        queued.filterProperty().set("db");

        assertThat(runner.pending()).isEqualTo(building);
    }

    @Test
    void rowsOfAStackLeftBeforeTheyWereBuiltNeverShow() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        StackContentViewModel queued = new StackContentViewModel(runner);
        queued.show(load("shop-prod"));

        queued.clear("Loading shop-dev\u2026");
        runner.runAll();

        assertThat(queued.instances()).isEmpty();
        assertThat(queued.inventory()).isEmpty();
        assertThat(queued.drift().reportProperty().get()).isNull();
        assertThat(queued.placeholderProperty().get()).isEqualTo("Loading shop-dev\u2026");
    }

    private StackInventory load(String name) {
        Stack stack = account.describeStacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        return new InventoryLoader(account, TestClocks.fixed()).load(stack);
    }
}
