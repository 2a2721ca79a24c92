package safetyconsole.ui.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

/** The selected stack's tables: filled from one load, emptied at once when another stack is chosen. */
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

    private StackInventory load(String name) {
        Stack stack = account.describeStacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        return new InventoryLoader(account, TestClocks.fixed()).load(stack);
    }
}
