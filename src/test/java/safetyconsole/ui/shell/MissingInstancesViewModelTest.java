package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.onTheDemo;
import static safetyconsole.ui.shell.MainModels.select;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Instance;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

/** The bar of instances gone since the last visit, and the way to who changed an instance. */
class MissingInstancesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anInstanceThatNeverHadAnEc2InstanceHasNoTimelineAndSaysWhy() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        MainViewModel model = new OpenAccount(TestApps.of(account, account, dir, TestClocks.fixed()))
                .model(new InlineTaskRunner());
        model.stacks().refresh();
        select(model, "shop-dev");
        Instance tools = model.stacks().content().instances().stream().filter(r -> r.hostname().equals("dev-tools1"))
                .findFirst().orElseThrow().instance();

        assertThat(model.missing().timelineOf(tools)).isEmpty();
        assertThat(model.status().textProperty().get()).contains("dev-tools1 has had no EC2 instance");
    }

    @Test
    void dismissingTheMissingAlertKeepsItAwayAfterRefresh() {
        MainViewModel model = onTheDemo(dir);
        select(model, "shop-prod");
        model.stacks().refresh();
        assertThat(model.missing().missingProperty().get()).as("still reported after a refresh").isNotNull();

        model.missing().dismissMissing();
        model.stacks().refresh();

        assertThat(model.missing().missingProperty().get()).isNull();
    }
}
